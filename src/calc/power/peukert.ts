/**
 * Peukert's law: a lead-acid battery delivers less than its rated capacity when discharged faster
 * than its rating. Two forms exist and give different numbers; do not mix them (reference U5, U6):
 *
 * - H form (Wikipedia "Peukert's law", https://en.wikipedia.org/wiki/Peukert%27s_law):
 *   t = H × (C / (I × H))^k, with C in Ah rated at an H-hour discharge.
 * - 1-A form (https://www.electrotechnik.net/2010/01/peukert-law-and-discharge-of-lead-acid_9.html):
 *   t = C / I^k, where C is the capacity at a 1 A discharge.
 *
 * Exponents (BatteryGuy, copy at https://batteryguy1.rssing.com/chan-76830816/article3.html):
 * flooded 1.2–1.6, AGM 1.05–1.15. UPS batteries are VRLA/AGM; Kestra's default 1.2 sits just above
 * that range on purpose, so the estimate errs towards less runtime.
 */
import { seconds, type Seconds, type WattHours, type Watts } from '../../model/quantities.js';
import { checkRuntimeInputs, DEFAULT_INVERTER_EFFICIENCY } from './ups-runtime-linear.js';

/** Default Peukert exponent for UPS (VRLA) batteries. */
export const DEFAULT_PEUKERT_EXPONENT = 1.2;
/** Small sealed lead-acid batteries are rated at the 20-hour rate ("12 V 9 Ah @ 20 hr"). */
export const DEFAULT_RATED_HOURS = 20;

/** H form: hours until empty at `currentA`, for `capacityAh` rated over `ratedHours` (U5). */
export function peukertHoursHForm(capacityAh: number, currentA: number, exponent: number, ratedHours = DEFAULT_RATED_HOURS): number {
  checkPeukert(capacityAh, currentA, exponent);
  if (!(ratedHours > 0)) throw new RangeError('the rated discharge time must be positive');
  return ratedHours * (capacityAh / (currentA * ratedHours)) ** exponent;
}

/** 1-A form: hours until empty, t = C / I^k, with C the capacity at a 1 A discharge (U6). */
export function peukertHoursOneAmpForm(capacityAh: number, currentA: number, exponent: number): number {
  checkPeukert(capacityAh, currentA, exponent);
  return capacityAh / currentA ** exponent;
}

export interface PeukertUpsInput {
  readonly battery: WattHours;
  readonly load: Watts;
  /** Peukert exponent k; default 1.2. */
  readonly exponent?: number;
  /** Hours over which the battery's capacity is rated; default 20. */
  readonly ratedHours?: number;
  /** Inverter efficiency; default 0.9. */
  readonly inverterEfficiency?: number;
}

/**
 * UPS runtime by the H form in power terms. With battery current I = P / (η·V) and C = E / V the
 * voltage cancels: t = H × (E·η / (P·H))^k. Capped at the linear bound E·η/P, which Peukert would
 * exceed for loads lighter than the H-hour rate (where the UPS's own standby draw dominates anyway).
 */
export function peukertUpsRuntime(input: PeukertUpsInput): Seconds {
  const exponent = input.exponent ?? DEFAULT_PEUKERT_EXPONENT;
  const ratedHours = input.ratedHours ?? DEFAULT_RATED_HOURS;
  const efficiency = input.inverterEfficiency ?? DEFAULT_INVERTER_EFFICIENCY;
  checkRuntimeInputs(input.battery, input.load, efficiency);
  checkPeukert(1, 1, exponent);
  if (!(ratedHours > 0)) throw new RangeError('the rated discharge time must be positive');
  const linearHours = (input.battery * efficiency) / input.load;
  const peukertHours = ratedHours * (linearHours / ratedHours) ** exponent;
  return seconds(Math.min(peukertHours, linearHours) * 3600);
}

function checkPeukert(capacityAh: number, currentA: number, exponent: number): void {
  if (!(capacityAh > 0)) throw new RangeError('capacity must be positive');
  if (!(currentA > 0)) throw new RangeError('current must be positive');
  if (!(exponent >= 1 && exponent <= 2)) throw new RangeError('the Peukert exponent must be between 1 and 2');
}
