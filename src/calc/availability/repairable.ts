/** Steady-state availability of a repairable component: A = MTBF / (MTBF + MTTR) (reference AV3). */
import { ratio, type Ratio, type Seconds } from '../../model/quantities.js';

/** A = MTBF / (MTBF + MTTR); both in the same unit. */
export function availabilityFromMtbf(mtbf: Seconds, mttr: Seconds): Ratio {
  if (!(mtbf > 0) || !(mttr >= 0)) throw new RangeError('MTBF must be positive and MTTR not negative');
  return ratio(mtbf / (mtbf + mttr));
}
