import { z } from 'zod';
import { date, duration, id, rate, ref, schedule, size, text } from './fields.js';

/** Where backups land: a PBS datastore, a NAS share, a USB disk, a cloud bucket, tape. */
export const backupTargetSchema = z.strictObject({
  id: id(),
  name: text('Display name.').optional(),
  kind: z.enum(['pbs', 'nas', 'usb', 'cloud', 'tape', 'zfs', 'other']),
  host: ref('the host that holds it').optional(),
  pool: ref('the ZFS pool or Ceph pool it lives on').optional(),
  share: ref('the share it writes to').optional(),
  provider: text('Cloud provider or remote site, e.g. "Backblaze B2".').optional(),
  offsite: z.boolean().default(false).describe('Lives at another site.'),
  media: z.enum(['disk', 'ssd', 'tape', 'cloud', 'optical']).optional(),
  immutable: z.boolean().default(false).describe('Backups cannot be changed or deleted from the source side (object lock, WORM, tape).'),
  offline: z.boolean().default(false).describe('Disconnected when not in use (air gap).'),
  capacity: size('disk', 'Capacity available for backups.').optional(),
  used: size('disk', 'Space used now.').optional(),
  restoreRate: rate('Measured restore throughput.').optional(),
  notes: text('Free notes.').optional(),
});

/** A job that copies sources to a target, or syncs one target to another. */
export const backupJobSchema = z.strictObject({
  id: id(),
  tool: z.enum(['pbs', 'vzdump', 'restic', 'borg', 'zfs-send', 'rsync', 'rclone', 'veeam', 'other']).optional(),
  sources: z.array(ref('a workload, host, pool, share or backup target (for a sync job)')).min(1),
  target: ref('a backup target'),
  schedule: schedule('When the job runs.'),
  duration: duration('How long a run takes.').optional(),
  retention: z
    .strictObject({
      last: z.number().int().min(0).optional(),
      hourly: z.number().int().min(0).optional(),
      daily: z.number().int().min(0).optional(),
      weekly: z.number().int().min(0).optional(),
      monthly: z.number().int().min(0).optional(),
      yearly: z.number().int().min(0).optional(),
    })
    .optional(),
  encrypted: z.boolean().default(false),
  verify: z.boolean().optional().describe('Backups are verified after writing (PBS verify jobs, restic check).'),
  lastRestoreTest: date('Day a restore from this job was last tested.').optional(),
  size: size('disk', 'Size of one full backup.').optional(),
  changePerDay: size('disk', 'Data changed per day (for incremental sizing).').optional(),
  notes: text('Free notes.').optional(),
});

export const backupsSchema = z.strictObject({
  targets: z.array(backupTargetSchema).default([]),
  jobs: z.array(backupJobSchema).default([]),
});
