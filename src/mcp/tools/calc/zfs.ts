import { z } from 'zod';
import { zfsVdevLayouts } from '../../../calc/zfs/vdev-layout.js';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_zfs: usable capacity of a ZFS pool, as `zfs list` shows it. */
export const calcZfsTool = defineCalcTool({
  calculator: 'zfs',
  title: 'ZFS pool capacity',
  description:
    'Capacity of a ZFS pool of identical vdevs: raw, RAIDZ allocation and efficiency at the recordsize, deflate ratio, slop space, usable (what zfs list shows), planning capacity at the fill limit, fault tolerance; with used and growth, the fill and the days until the fill limit.',
  input: z
    .object({
      layout: z.enum(zfsVdevLayouts).describe('vdev layout.'),
      disks: valueArgument.describe('Disks of one vdev, e.g. "6x8TB" or "4x8TB,2x4TB" (TB = 10^12 bytes).'),
      vdevs: z.number().int().min(1).optional().describe('Identical vdevs in the pool (default 1).'),
      ashift: z.number().int().optional().describe('log2 of the sector size (default 12).'),
      recordsize: valueArgument.optional().describe('recordsize or volblocksize to show the allocation of (default "128K").'),
      zfsVersion: valueArgument.optional().describe('OpenZFS version, e.g. "2.2" (slop is capped at 128 GiB from 2.1).'),
      used: valueArgument.optional().describe('Space used now, e.g. "10TB".'),
      growth: valueArgument.optional().describe('Growth per 30-day month, e.g. "200GB".'),
      fillLimit: valueArgument.optional().describe('Fill level not to plan beyond (default "80%").'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/zfs.js')).zfsCalc,
});
