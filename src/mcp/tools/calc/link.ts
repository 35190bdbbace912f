import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';
import { framingArguments } from './framing-arguments.js';

/** calc_link: TCP goodput of an Ethernet link. */
export const calcLinkTool = defineCalcTool({
  calculator: 'link',
  title: 'Ethernet link goodput',
  description: 'TCP goodput of an Ethernet link: what is left of the line rate after framing and headers, with the efficiencies and frame rates.',
  input: z
    .object({
      rate: valueArgument.describe('Line rate, e.g. "1GbE", "2.5GbE", "10 Gbit/s".'),
      ...framingArguments,
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/link.js')).linkCalc,
});
