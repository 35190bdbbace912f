import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_rto: estimated recovery time from a backup. */
export const calcRtoTool = defineCalcTool({
  calculator: 'rto',
  title: 'Restore RTO',
  description: 'Estimated RTO of a restore: detect + provision + bytes to restore / restore rate + boot. Give rate (measured) or link (its TCP goodput is used).',
  input: z
    .object({
      size: valueArgument.describe('Bytes to restore, e.g. "500GiB" or "200GB".'),
      rate: valueArgument.optional().describe('Measured restore throughput, e.g. "200MiB/s". Give this or link.'),
      link: valueArgument.optional().describe('Or: the slowest link of the restore path, e.g. "1GbE".'),
      detect: valueArgument.optional().describe('Time until the loss is noticed (default "5m").'),
      provision: valueArgument.optional().describe('Time to get a machine to restore onto (default 0).'),
      boot: valueArgument.optional().describe('Time to boot and verify (default "5m").'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/rto.js')).rtoCalc,
});
