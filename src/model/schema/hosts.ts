import { z } from 'zod';
import { availability, endpoint, id, money, rate, ref, size, text } from './fields.js';
import { drawSchema } from './power.js';

export const diskSchema = z.strictObject({
  id: id(),
  size: size('disk', 'Capacity as labelled.'),
  kind: z.enum(['nvme', 'ssd', 'hdd']).describe('nvme, ssd or hdd.'),
  model: text('Vendor model, e.g. "WD Red Plus 4TB".').optional(),
  count: z.number().int().min(1).max(1000).default(1).describe('Identical disks described by this entry; they get ids "<id>-1", "<id>-2"…'),
  smr: z.boolean().optional().describe('Shingled magnetic recording (bad for ZFS resilvers).'),
  boot: z.boolean().optional().describe('The host boots from this disk.'),
  powerOnHours: z.number().int().min(0).optional().describe('SMART power-on hours, where known.'),
  notes: text('Free notes.').optional(),
});

export const nicSchema = z.strictObject({
  id: id(),
  speed: rate('Link speed.'),
  connectedTo: endpoint().optional().describe('Where the cable goes: "switch:port".'),
  vlans: z.array(ref('a VLAN carried on this NIC')).optional(),
  mtu: z.number().int().min(576).max(16000).optional(),
  purpose: z.enum(['management', 'guests', 'storage', 'corosync', 'migration', 'wan', 'general']).optional(),
  notes: text('Free notes.').optional(),
});

export const cpuSchema = z.strictObject({
  model: text('CPU model, e.g. "Intel Core i5-12450H".').optional(),
  sockets: z.number().int().min(1).default(1),
  cores: z.number().int().min(1).optional().describe('Physical cores in total.'),
  threads: z.number().int().min(1).optional().describe('Hardware threads in total.'),
  baseGhz: z.number().positive().optional(),
});

export const hostRoles = [
  'hypervisor',
  'nas',
  'backup-server',
  'server',
  'router',
  'firewall',
  'workstation',
  'sbc',
  'other',
] as const;

/** A physical machine: hypervisor, NAS, backup server, small board computer… */
export const hostSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  role: z.enum(hostRoles).describe('What the host is for.'),
  model: text('Vendor model, e.g. "Minisforum MS-01".').optional(),
  os: text('Operating system and version, e.g. "Proxmox VE 8.2".').optional(),
  cpu: cpuSchema.optional(),
  memory: size('memory', 'Installed memory.').optional(),
  maxMemory: size('memory', 'Most memory the board accepts.').optional(),
  eccMemory: z.boolean().optional(),
  disks: z.array(diskSchema).default([]),
  nics: z.array(nicSchema).default([]),
  power: drawSchema.optional(),
  managementVlan: ref('the VLAN its management interface is on').optional(),
  zfsVersion: text('OpenZFS version, e.g. "2.2".').optional(),
  watchdog: z.enum(['hardware', 'softdog', 'none']).optional(),
  cost: money('Purchase cost, used for comparisons.').optional(),
  availability: availability(),
  notes: text('Free notes.').optional(),
});
