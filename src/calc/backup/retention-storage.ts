/**
 * Storage a backup job needs for its retention policy: full + changes × retained points. The model,
 * stated:
 *
 * - Retained points = Σ of the keep-last/hourly/daily/weekly/monthly/yearly counts. Proxmox Backup
 *   Server counts a snapshot under one option only ("Each option only covers backups within its time
 *   period. The next option does not take care of already covered backups",
 *   https://pbs.proxmox.com/docs/maintenance.html#pruning), so the sum is exact there and an upper
 *   bound for tools that let options overlap (restic, borg).
 * - Tools that write a full copy every run (vzdump: "backups are always full backups",
 *   https://pve.proxmox.com/pve-docs/chapter-vzdump.html): storage = full size × points.
 * - Deduplicating or incremental tools (PBS, restic, borg, zfs send): storage = one full (the newest
 *   point) + each older point's changes. A point holds the data changed over its spacing (its bucket's
 *   period, or the run interval if longer), but at most one day's changes, or one run's for jobs that
 *   run less than daily: beyond that, rewrites of the same blocks are taken to deduplicate. It is an
 *   estimate, not a bound: data that churns widely over weeks needs more. A point never holds more
 *   than one full size.
 */
import { bytes, type Bytes, type Seconds } from '../../model/quantities.js';

export const retentionBuckets = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type RetentionBucket = (typeof retentionBuckets)[number];
export type RetentionPolicy = Partial<Record<RetentionBucket, number>>;

const secondsPerDay = 86_400;
/** Period each bucket's points are apart, in days; "last" uses the run interval. */
const bucketPeriodDays: Readonly<Record<Exclude<RetentionBucket, 'last'>, number>> = {
  hourly: 1 / 24,
  daily: 1,
  weekly: 7,
  monthly: 30,
  yearly: 365,
};

export type RetentionModel = 'full-every-run' | 'incremental';

export interface RetentionInput {
  readonly model: RetentionModel;
  readonly policy: RetentionPolicy;
  /** Size of one full backup. */
  readonly fullSize: Bytes;
  /** Data changed per day; needed for the incremental model. */
  readonly changePerDay?: Bytes;
  /** Time between runs (the schedule's shortest interval). */
  readonly runInterval: Seconds;
}

export interface RetentionStorage {
  readonly points: number;
  readonly storage: Bytes;
}

/** Total retained points of a policy. */
export function retainedPoints(policy: RetentionPolicy): number {
  return retentionBuckets.reduce((sum, bucket) => sum + (policy[bucket] ?? 0), 0);
}

/** Storage needed to keep every retained point of the policy (model above). */
export function retentionStorage(input: RetentionInput): RetentionStorage {
  const points = retainedPoints(input.policy);
  if (points < 1) throw new RangeError('the retention policy keeps no backup');
  if (!(input.fullSize >= 0) || !(input.runInterval > 0)) throw new RangeError('full size must not be negative and the run interval must be positive');
  if (input.model === 'full-every-run') return { points, storage: bytes(input.fullSize * points) };
  const change = input.changePerDay;
  if (change === undefined || !(change >= 0)) throw new RangeError('the incremental model needs the data changed per day');
  const runDays = input.runInterval / secondsPerDay;
  const longestCounted = Math.max(1, runDays);
  let storage: number = input.fullSize;
  let newestSkipped = false;
  for (const bucket of retentionBuckets) {
    let count = input.policy[bucket] ?? 0;
    if (count === 0) continue;
    // The newest point is the full itself; older points hold their spacing's changes.
    if (!newestSkipped) {
      count -= 1;
      newestSkipped = true;
    }
    const spacingDays = Math.max(bucket === 'last' ? runDays : bucketPeriodDays[bucket], runDays);
    storage += count * Math.min(input.fullSize, change * Math.min(spacingDays, longestCounted));
  }
  return { points, storage: bytes(storage) };
}
