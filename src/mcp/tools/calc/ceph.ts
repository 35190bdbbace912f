import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_ceph: usable capacity of a Ceph pool and whether it re-heals after losing a host. */
export const calcCephTool = defineCalcTool({
  calculator: 'ceph',
  title: 'Ceph pool capacity',
  description:
    'Ceph pool over equal hosts, replicated (size) or erasure-coded (k + m): raw capacity, usable at the full, backfillfull and nearfull ratios, min_size, hosts needed, whether the data re-heals after losing a host, suggested pg_num, Proxmox VE minimums.',
  input: z
    .object({
      hosts: z.number().int().min(1).describe('Hosts with OSDs (failure domain host).'),
      osds: valueArgument.describe('OSD disks on each host, e.g. "2x4TB".'),
      size: z.number().int().min(1).optional().describe('Replicas of a replicated pool (default 3). Not with k/m.'),
      minSize: z.number().int().min(1).optional().describe("min_size (default: Ceph's size − ⌊size/2⌋, or k + min(1, m − 1))."),
      k: z.number().int().min(1).optional().describe('Data chunks of an erasure-coded pool (with m).'),
      m: z.number().int().min(1).optional().describe('Coding chunks of an erasure-coded pool (with k).'),
      used: valueArgument.optional().describe('Data stored before replication, e.g. "2TB".'),
      fullRatio: valueArgument.optional().describe('mon_osd_full_ratio (default "95%").'),
      backfillfullRatio: valueArgument.optional().describe('mon_osd_backfillfull_ratio (default "90%").'),
      nearfullRatio: valueArgument.optional().describe('mon_osd_nearfull_ratio (default "85%").'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/ceph.js')).cephCalc,
});
