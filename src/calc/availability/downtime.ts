/**
 * Availability and downtime per year: downtime = (1 − A) × 8760 h, a 365-day year (reference AV1:
 * 99.9 % → 8.76 h, 99.99 % → 52.56 min, as tabulated in pve-docs ha-manager.adoc,
 * https://pve.proxmox.com/pve-docs/chapter-ha-manager.html).
 */
import { ratio, seconds, type Ratio, type Seconds } from '../../model/quantities.js';

export const SECONDS_PER_YEAR = 8760 * 3600;

/** Downtime per year at availability A. */
export function downtimePerYear(availability: Ratio): Seconds {
  checkAvailability(availability);
  return seconds((1 - availability) * SECONDS_PER_YEAR);
}

/** Availability that allows `downtime` per year. */
export function availabilityForDowntime(downtime: Seconds): Ratio {
  if (!(downtime >= 0 && downtime <= SECONDS_PER_YEAR)) throw new RangeError('downtime per year must be between 0 and one year');
  return ratio(1 - downtime / SECONDS_PER_YEAR);
}

/** Number of nines, −log10(1 − A): 99.9 % → 3. Infinite for A = 1. */
export function nines(availability: Ratio): number {
  checkAvailability(availability);
  return -Math.log10(1 - availability);
}

/** Throws unless 0 ≤ A ≤ 1. */
export function checkAvailability(availability: number): void {
  if (!(availability >= 0 && availability <= 1)) throw new RangeError(`availability ${availability} is not between 0 and 1`);
}
