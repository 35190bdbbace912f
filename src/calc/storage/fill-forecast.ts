/**
 * Fill level and days until a volume reaches its fill limit at a steady growth rate. Growth is per
 * 30-day month, as the spec defines growthPerMonth.
 */
import type { Bytes, Ratio } from '../../model/quantities.js';
import { ratio } from '../../model/quantities.js';

/** Days in the month growthPerMonth is measured over. */
export const DAYS_PER_MONTH = 30;

/** used / capacity. */
export function fillRatio(used: Bytes, capacity: Bytes): Ratio {
  if (!(capacity > 0)) throw new RangeError(`capacity must be positive, got ${capacity}`);
  return ratio(used / capacity);
}

/**
 * Days until `used` reaches `capacity × fillLimit` growing by `growthPerMonth` each 30 days: 0 when it
 * is already there, "never" when nothing grows.
 */
export function daysToFillLimit(used: Bytes, capacity: Bytes, fillLimit: Ratio, growthPerMonth: Bytes): number | 'never' {
  const limit = capacity * fillLimit;
  if (used >= limit) return 0;
  if (!(growthPerMonth > 0)) return 'never';
  return (limit - used) / (growthPerMonth / DAYS_PER_MONTH);
}
