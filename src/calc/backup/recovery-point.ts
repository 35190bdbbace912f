/**
 * Worst-case recovery point objective (RPO) of a backup schedule: a failure just before a run
 * completes leaves the previous completed run as the newest restore point, so
 * RPO = longest gap between runs + run duration (reference B5: daily at 02:00 taking 1 h → 25 h).
 * The schedule parser gives the longest gap, which differs from the interval for uneven schedules
 * (weekdays only: 3 days over a weekend).
 */
import { seconds, type Seconds } from '../../model/quantities.js';

/** One stage of a backup chain: a job with its longest gap between runs and its run duration. */
export interface BackupStage {
  readonly longestGap: Seconds;
  readonly duration: Seconds;
}

/** RPO = longest gap + duration. */
export function backupRpo(stage: BackupStage): Seconds {
  if (!(stage.longestGap > 0) || !(stage.duration >= 0)) throw new RangeError('the gap must be positive and the duration not negative');
  return seconds(stage.longestGap + stage.duration);
}

/**
 * Bound on the RPO of a copy made through a chain of jobs (a backup, then a sync job to an offsite
 * target): RPO_offsite ≤ T + d + S + s, the sum of every stage's gap and duration, because the sync
 * may just miss the newest backup and then itself be caught mid-run.
 */
export function chainedRpoBound(stages: readonly BackupStage[]): Seconds {
  if (stages.length === 0) throw new RangeError('a chain needs at least one stage');
  return seconds(stages.reduce((sum, stage) => sum + backupRpo(stage), 0));
}
