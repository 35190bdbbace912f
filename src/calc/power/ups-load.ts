/** How much of a UPS's rating a load uses. Both ratings count: real power (W) and apparent power (VA). */
import { ratio, type Ratio, type VoltAmperes, type Watts } from '../../model/quantities.js';
import { apcVoltAmperesForWatts } from './apparent-power.js';

/** load / watt rating; 1 means fully loaded. */
export function upsLoadRatio(load: Watts, rating: Watts): Ratio {
  if (!(rating > 0)) throw new RangeError('the UPS watt rating must be positive');
  if (!(load >= 0)) throw new RangeError('the load must not be negative');
  return ratio(load / rating);
}

/** Apparent load by the APC ×1.4 rule / VA rating. */
export function upsApparentLoadRatio(load: Watts, rating: VoltAmperes): Ratio {
  if (!(rating > 0)) throw new RangeError('the UPS VA rating must be positive');
  return ratio(apcVoltAmperesForWatts(load) / rating);
}
