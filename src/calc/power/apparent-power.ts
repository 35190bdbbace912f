/**
 * Volt-amperes and watts. A UPS has two ratings and a load must fit both: W ≤ watt rating and
 * VA ≤ VA rating. APC's rule for converting a load given in watts: "multiply the specified figure by
 * 1.4" (APC 650 User Manual p. 22, https://www.manualsdir.com/manuals/45036/apc-650-1400-1000-420.html?page=22),
 * i.e. a power factor of about 0.71 (reference U4).
 */
import { voltAmperes, watts, type VoltAmperes, type Watts } from '../../model/quantities.js';

/** APC's watts-to-VA multiplier for loads given in watts. */
export const APC_WATTS_TO_VA = 1.4;

/** VA of a load given in watts by the APC rule: VA = W × 1.4 (U4: 300 W → 420 VA). */
export function apcVoltAmperesForWatts(load: Watts): VoltAmperes {
  return voltAmperes(load * APC_WATTS_TO_VA);
}

/** Real power from apparent power and a power factor: W = VA × PF (reference U3). */
export function wattsFromVoltAmperes(apparent: VoltAmperes, powerFactor: number): Watts {
  if (!(powerFactor > 0 && powerFactor <= 1)) throw new RangeError('the power factor must be in (0, 1]');
  return watts(apparent * powerFactor);
}
