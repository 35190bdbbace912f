/**
 * Power-supply efficiency: DC power delivered / AC power drawn from the wall. TrueNAS hardware guide:
 * "draw 600 watts from the wall to provide 500 watts … 500/600 = ~83% efficiency" (reference P3,
 * truenas/documentation static/includes/TNHardwareGuide.md).
 */
import { ratio, watts, type Ratio, type Watts } from '../../model/quantities.js';

/** η = DC load / wall draw. */
export function psuEfficiency(dcLoad: Watts, wallDraw: Watts): Ratio {
  if (!(wallDraw > 0) || !(dcLoad >= 0)) throw new RangeError('wall draw must be positive and DC load not negative');
  return ratio(dcLoad / wallDraw);
}

/** Wall draw = DC load / η. */
export function wallDraw(dcLoad: Watts, efficiency: Ratio): Watts {
  if (!(efficiency > 0 && efficiency <= 1)) throw new RangeError('efficiency must be in (0, 1]');
  return watts(dcLoad / efficiency);
}
