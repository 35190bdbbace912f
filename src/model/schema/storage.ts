import { z } from 'zod';
import { id, percent, ref, size, text } from './fields.js';

export const vdevLayouts = ['stripe', 'mirror', 'raidz1', 'raidz2', 'raidz3'] as const;

export const vdevSchema = z.strictObject({
  layout: z.enum(vdevLayouts).describe('stripe (single disk), mirror, raidz1, raidz2 or raidz3.'),
  disks: z
    .array(ref('a disk of the pool\'s host (a disk entry with count N is "<id>-1"…"<id>-N", or its id for all of them)'))
    .min(1),
});

/** Growth of used space per 30-day month. */
const growth = () => size('disk', 'Growth of used space per 30-day month.').optional();

export const zfsPoolSchema = z.strictObject({
  id: id(),
  name: text('Pool name as zpool shows it, when different from the id.').optional(),
  host: ref('the host the pool lives on'),
  vdevs: z.array(vdevSchema).min(1).describe('Data vdevs.'),
  special: z.array(vdevSchema).optional().describe('Special (metadata) vdevs.'),
  log: z.array(vdevSchema).optional().describe('SLOG vdevs.'),
  cache: z.array(ref('a disk used as L2ARC')).optional(),
  ashift: z.number().int().min(9).max(16).optional().describe('log2 of the sector size; 12 for 4K disks.'),
  recordsize: size('memory', 'Dataset recordsize, e.g. "128K".').optional(),
  volblocksize: size('memory', 'Zvol block size, e.g. "16K".').optional(),
  used: size('disk', 'Space used now.').optional(),
  growthPerMonth: growth(),
  fillLimit: percent('Fill level not to plan beyond.').optional(),
  encrypted: z.boolean().optional(),
  purpose: text('What lives on it.').optional(),
  replicatedTo: z.array(ref('a host that receives ZFS replication of this pool')).optional(),
  notes: text('Free notes.').optional(),
});

export const cephOsdSchema = z.strictObject({
  host: ref('the host of the OSD'),
  disk: ref('the disk of that host that backs the OSD'),
});

export const cephPoolSchema = z.strictObject({
  id: id(),
  type: z.enum(['replicated', 'erasure']).default('replicated'),
  size: z.number().int().min(1).max(10).optional().describe('Replicas (replicated pools). Ceph default 3.'),
  minSize: z.number().int().min(1).max(10).optional().describe('Replicas needed to accept writes. Ceph default size - size/2.'),
  k: z.number().int().min(1).optional().describe('Data chunks (erasure-coded pools).'),
  m: z.number().int().min(1).optional().describe('Coding chunks (erasure-coded pools).'),
  failureDomain: z.enum(['osd', 'host', 'rack']).default('host'),
  used: size('disk', 'Data stored (before replication).').optional(),
  growthPerMonth: growth(),
  pgs: z.number().int().min(1).optional(),
  purpose: text('What lives on it.').optional(),
});

export const cephSchema = z.strictObject({
  id: id(),
  cluster: ref('the Proxmox cluster that runs it').optional(),
  monitors: z.array(ref('a host that runs a Ceph monitor')).default([]),
  osds: z.array(cephOsdSchema).default([]),
  pools: z.array(cephPoolSchema).default([]),
  publicNetwork: ref('the VLAN of the Ceph public network').optional(),
  clusterNetwork: ref('the VLAN of the Ceph cluster (replication) network').optional(),
  fullRatio: percent('mon_osd_full_ratio; default 0.95.').optional(),
  backfillfullRatio: percent('mon_osd_backfillfull_ratio; default 0.90.').optional(),
  nearfullRatio: percent('mon_osd_nearfull_ratio; default 0.85.').optional(),
  notes: text('Free notes.').optional(),
});

export const shareSchema = z.strictObject({
  id: id(),
  host: ref('the host that serves it'),
  protocol: z.enum(['nfs', 'smb', 'iscsi', 's3']),
  pool: ref('the ZFS pool or RAID array it lives on').optional(),
  used: size('disk', 'Space used now.').optional(),
  purpose: text('What lives on it.').optional(),
  notes: text('Free notes.').optional(),
});

/** A classic RAID array: Linux md, a hardware controller, or a NAS vendor's (Synology SHR). */
export const raidArraySchema = z.strictObject({
  id: id(),
  host: ref('the host the array lives on'),
  level: z.enum(['raid0', 'raid1', 'raid5', 'raid6', 'raid10', 'shr', 'shr2']).describe('RAID level; SHR/SHR-2 are Synology Hybrid RAID with 1 or 2 disks of redundancy.'),
  disks: z.array(ref('a disk of the host (or a disk entry id for all its disks)')).min(1),
  filesystem: z.enum(['btrfs', 'ext4', 'xfs', 'ntfs', 'other']).optional(),
  used: size('disk', 'Space used now.').optional(),
  growthPerMonth: growth(),
  purpose: text('What lives on it.').optional(),
  notes: text('Free notes.').optional(),
});

/** Storage: ZFS pools, RAID arrays, Ceph clusters and network shares. */
export const storageSchema = z.strictObject({
  zfs: z.array(zfsPoolSchema).default([]),
  raid: z.array(raidArraySchema).default([]),
  ceph: z.array(cephSchema).default([]),
  shares: z.array(shareSchema).default([]),
});
