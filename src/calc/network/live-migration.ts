/**
 * Live-migration time of a VM under the pre-copy model: round 0 sends all memory M, round i
 * re-sends what was dirtied meanwhile, M·r^i with r = D/R, until the rest fits in the downtime
 * limit and the VM is paused for a last stop-and-copy round (reference M1–M5; notation of
 * SpringerPlus 2016, "A three phase optimization method for precopy based VM live migration").
 *
 * Defaults in QEMU (https://gitlab.com/qemu-project/qemu/-/blob/master/migration/options.c):
 * DEFAULT_MIGRATE_SET_DOWNTIME 300 ms and MAX_THROTTLE 128 MiB/s. Proxmox VE overrides both:
 * migrate_downtime defaults to 0.1 s and, without a bwlimit, max-bandwidth is raised to 16 GiB/s
 * (proxmox/qemu-server PVE/QemuServer.pm and PVE/QemuMigrate.pm).
 */
import { MiB, seconds, type BitsPerSecond, type Bytes, type Seconds } from '../../model/quantities.js';

/** QEMU's downtime-limit default. */
export const QEMU_DEFAULT_DOWNTIME_LIMIT = seconds(0.3);
/** QEMU's max-bandwidth default (MAX_THROTTLE), in bytes per second. */
export const QEMU_DEFAULT_MAX_BANDWIDTH_BYTES = 128 * MiB;
/** Proxmox VE's migrate_downtime default. */
export const PVE_DEFAULT_DOWNTIME_LIMIT = seconds(0.1);

export interface MigrationInput {
  /** Guest memory M. */
  readonly memory: Bytes;
  /** Transfer rate R (link goodput, capped by any bandwidth limit). */
  readonly rate: BitsPerSecond;
  /** Rate D at which the guest dirties memory; 0 for an idle guest. */
  readonly dirtyRate: BitsPerSecond;
  /** Longest pause allowed for the final stop-and-copy round. */
  readonly downtimeLimit: Seconds;
}

export type MigrationEstimate =
  | {
      readonly converges: true;
      /** Pre-copy rounds after the first full pass before the final stop-and-copy (0: everything fit in the downtime). */
      readonly rounds: number;
      /** T_total = (M/R)·(1 − r^(n+1))/(1 − r). */
      readonly total: Seconds;
      /** Pause of the final round, (M/R)·r^n. */
      readonly downtime: Seconds;
      /** Bytes sent over all rounds. */
      readonly bytesSent: Bytes;
    }
  | {
      /** D ≥ R: every round re-sends at least as much as the last; QEMU needs auto-converge or post-copy. */
      readonly converges: false;
      readonly dirtyRatio: number;
    };

/** Estimates a pre-copy live migration; flags non-convergence when the dirty rate reaches the transfer rate (M5). */
export function estimateLiveMigration(input: MigrationInput): MigrationEstimate {
  const { memory, rate, dirtyRate, downtimeLimit } = input;
  if (!(rate > 0)) throw new RangeError('the transfer rate must be positive');
  if (!(memory >= 0) || !(dirtyRate >= 0) || !(downtimeLimit >= 0)) throw new RangeError('memory, dirty rate and downtime limit must not be negative');
  const r = dirtyRate / rate;
  if (r >= 1) return { converges: false, dirtyRatio: r };
  const firstPass = (memory * 8) / rate;
  const rounds = roundsNeeded(firstPass, r, downtimeLimit);
  const sentShare = r === 0 ? 1 : (1 - r ** (rounds + 1)) / (1 - r);
  return {
    converges: true,
    rounds,
    total: seconds(firstPass * sentShare),
    downtime: seconds(firstPass * r ** rounds),
    bytesSent: (memory * sentShare) as Bytes,
  };
}

/** Smallest n with (M/R)·r^n ≤ downtime limit: n = ceil(ln(limit·R/M) / ln r). */
function roundsNeeded(firstPass: number, r: number, limit: number): number {
  if (firstPass <= limit) return 0;
  if (r === 0) return 1;
  const exact = Math.log(limit / firstPass) / Math.log(r);
  let n = Math.max(1, Math.ceil(exact));
  // Floating point can land a hair either side of an integer; settle it against the definition.
  while (n > 1 && firstPass * r ** (n - 1) <= limit) n -= 1;
  while (firstPass * r ** n > limit) n += 1;
  return n;
}
