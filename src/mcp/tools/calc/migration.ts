import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';
import { framingArguments } from './framing-arguments.js';

/** calc_migration: live-migration time of a VM. */
export const calcMigrationTool = defineCalcTool({
  calculator: 'migration',
  title: 'Live-migration time',
  description: 'Live-migration time of a VM under the pre-copy model: rounds, total time, final downtime, memory sent; says when the dirty rate never converges.',
  input: z
    .object({
      memory: valueArgument.describe('Guest memory, e.g. "8GB" (read as GiB).'),
      link: valueArgument.describe('Line rate of the migration network, e.g. "1GbE".'),
      dirtyRate: valueArgument.optional().describe('Rate the guest dirties memory, e.g. "50MB/s" (default 0, an idle guest).'),
      downtime: valueArgument.optional().describe('Downtime limit of the final round (default "300ms", QEMU; Proxmox VE uses 100ms).'),
      bandwidthLimit: valueArgument.optional().describe("Migration bandwidth cap, e.g. \"128MiB/s\" (QEMU's default; Proxmox VE sets none)."),
      ...framingArguments,
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/migration.js')).migrationCalc,
});
