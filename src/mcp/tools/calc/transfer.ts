import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';
import { framingArguments } from './framing-arguments.js';

/** calc_transfer: how long moving bytes over a link takes. */
export const calcTransferTool = defineCalcTool({
  calculator: 'transfer',
  title: 'Transfer time',
  description: 'Time to move a number of bytes over a link at its TCP goodput (a lower bound: disks, CPU and protocols above TCP are not modelled).',
  input: z
    .object({
      size: valueArgument.describe('Bytes to move, e.g. "4TB" (10^12) or "500GiB".'),
      link: valueArgument.describe('Line rate of the slowest link on the path, e.g. "1GbE" or "100 Mbit/s".'),
      ...framingArguments,
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/transfer.js')).transferCalc,
});
