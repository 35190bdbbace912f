import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_rpo: worst-case data loss of a backup schedule. */
export const calcRpoTool = defineCalcTool({
  calculator: 'rpo',
  title: 'Backup RPO',
  description: 'Worst-case RPO of a backup schedule (longest gap between runs + run duration), and the bound for an offsite copy made by a sync job after it.',
  input: z
    .object({
      schedule: valueArgument.describe('When the backup runs, e.g. "daily 02:00", "hourly", "0 2 * * *", "mon..fri 22:00".'),
      duration: valueArgument.describe('How long a run takes, e.g. "1h".'),
      syncSchedule: valueArgument.optional().describe('When a sync job copies the backups offsite (with syncDuration).'),
      syncDuration: valueArgument.optional().describe('How long a sync run takes (with syncSchedule).'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/rpo.js')).rpoCalc,
});
