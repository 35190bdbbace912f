/**
 * Estimated recovery time (RTO): RTO = t_detect + t_provision + restore bytes / restore rate +
 * t_boot (reference B7: 500 GiB at 200 MiB/s is 2560 s of transfer, 42.7 min, before detection
 * and boot).
 */
import { seconds, type BitsPerSecond, type Bytes, type Seconds } from '../../model/quantities.js';
import { transferTime } from '../network/transfer-time.js';

export interface RecoveryTimeInput {
  /** Bytes to restore. */
  readonly size: Bytes;
  /** Restore throughput. */
  readonly rate: BitsPerSecond;
  /** Time until someone knows the restore is needed. */
  readonly detect: Seconds;
  /** Time to get a machine to restore onto. */
  readonly provision: Seconds;
  /** Time to boot and verify the restored system. */
  readonly boot: Seconds;
}

export interface RecoveryTime {
  readonly transfer: Seconds;
  readonly total: Seconds;
}

/** RTO = detect + provision + size / rate + boot. */
export function recoveryTime(input: RecoveryTimeInput): RecoveryTime {
  for (const [name, value] of [['detect', input.detect], ['provision', input.provision], ['boot', input.boot]] as const) {
    if (!(value >= 0)) throw new RangeError(`${name} time must not be negative`);
  }
  const transfer = transferTime(input.size, input.rate);
  return { transfer, total: seconds(input.detect + input.provision + transfer + input.boot) };
}
