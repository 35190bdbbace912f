/**
 * Yearly energy and its cost for a constant draw: kWh/year = W × hours per day × 365 / 1000, which
 * is W × 8760 / 1000 running all day (reference P1; a 365-day year, 8766 h with 365.25 days).
 */
import type { Money, Watts } from '../../model/quantities.js';

export const HOURS_PER_YEAR = 8760;
export const DAYS_PER_YEAR = 365;

/** kWh per year at `draw` for `hoursPerDay` hours a day (default 24). */
export function yearlyEnergyKwh(draw: Watts, hoursPerDay = 24): number {
  if (!(draw >= 0)) throw new RangeError('the draw must not be negative');
  if (!(hoursPerDay >= 0 && hoursPerDay <= 24)) throw new RangeError('hours per day must be from 0 to 24');
  return (draw * hoursPerDay * DAYS_PER_YEAR) / 1000;
}

/** Cost of `kwh` at `pricePerKwh` (currency carried through). */
export function energyCost(kwh: number, pricePerKwh: Money): Money {
  return { amount: kwh * pricePerKwh.amount, currency: pricePerKwh.currency };
}
