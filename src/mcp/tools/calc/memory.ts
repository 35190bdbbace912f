import { z } from 'zod';
import { valueArgument } from '../../limits.js';
import { defineCalcTool } from './calc-tool.js';

/** calc_memory: what a Proxmox VE host keeps for itself and what is left for guests. */
export const calcMemoryTool = defineCalcTool({
  calculator: 'memory',
  title: 'Proxmox VE host memory',
  description:
    'Memory of a Proxmox VE host: reservations (PVE base, ZFS ARC maximum by each rule, Ceph OSD memory targets), guest memory capacity, headroom and commit ratio for the guests given, vCPU overcommit.',
  input: z
    .object({
      ram: valueArgument.describe('Installed memory, e.g. "64GB" (read as GiB).'),
      zfsPoolSize: valueArgument.optional().describe('ZFS storage on the host, e.g. "16TB" (counts the ARC; sizes the PVE rule of thumb).'),
      zfsVersion: valueArgument.optional().describe('OpenZFS version, e.g. "2.3" (ARC default: ≥ 2.3 RAM − 1 GiB, ≤ 2.2 half of RAM).'),
      arcRule: z.enum(['openzfs', 'pve-installer']).optional().describe("Which ARC maximum applies (pve-installer: the PVE ≥ 8.1 installer's 10 %)."),
      osds: z.number().int().min(0).optional().describe('Ceph OSDs on the host.'),
      osdTarget: valueArgument.optional().describe('osd_memory_target per OSD (default "4GiB").'),
      guests: valueArgument.optional().describe('Memory assigned to guests, e.g. "48GB".'),
      vcpus: z.number().int().min(0).optional().describe('vCPUs assigned to guests.'),
      threads: z.number().int().min(1).optional().describe('Hardware threads of the host.'),
    })
    .strict(),
  load: async () => (await import('../../../cli/commands/calc/memory.js')).memoryCalc,
});
