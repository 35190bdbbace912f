/**
 * UPS sizing for a load and a target runtime, the inverse of the runtime models:
 * - ratings: the load must stay at or below a loading limit of both the watt rating and the VA
 *   rating, VA taken by APC's ×1.4 rule for loads in watts (apparent-power.ts, reference U4);
 * - battery energy: linear E = P × t / η (a lower bound on what lead-acid needs), and Peukert's H form
 *   solved for E: t = H × (E·η / (P·H))^k ⇒ E = (P·H / η) × (t / H)^(1/k) (peukert.ts, reference U5),
 *   which is what a lead-acid battery needs at UPS discharge rates.
 */
import { wattHours, voltAmperes, watts, type Seconds, type VoltAmperes, type WattHours, type Watts } from '../../model/quantities.js';
import { apcVoltAmperesForWatts } from './apparent-power.js';
import { DEFAULT_PEUKERT_EXPONENT, DEFAULT_RATED_HOURS } from './peukert.js';
import { DEFAULT_INVERTER_EFFICIENCY } from './ups-runtime-linear.js';

/** Load limit of a UPS rating that rules and sizing use (power/ups-overloaded fires above 80 %). */
export const UPS_LOADING_LIMIT = 0.8;

/** Smallest watt and VA ratings that carry `load` within `limit` of each rating. */
export function requiredRatings(load: Watts, limit = UPS_LOADING_LIMIT): { readonly watts: Watts; readonly va: VoltAmperes } {
  if (!(load >= 0)) throw new RangeError('the load must not be negative');
  if (!(limit > 0 && limit <= 1)) throw new RangeError('the loading limit must be in (0, 1]');
  return { watts: watts(load / limit), va: voltAmperes(apcVoltAmperesForWatts(load) / limit) };
}

/** Battery energy for `runtime` at `load` by the linear model: E = P × t / η. */
export function linearBatteryForRuntime(load: Watts, runtime: Seconds, inverterEfficiency = DEFAULT_INVERTER_EFFICIENCY): WattHours {
  check(load, runtime, inverterEfficiency);
  return wattHours((load * (runtime / 3600)) / inverterEfficiency);
}

/**
 * Battery energy for `runtime` at `load` by Peukert's H form, never below the linear figure (the
 * runtime model caps Peukert at the linear bound, so its inverse floors at the linear energy).
 */
export function peukertBatteryForRuntime(load: Watts, runtime: Seconds, exponent = DEFAULT_PEUKERT_EXPONENT, ratedHours = DEFAULT_RATED_HOURS, inverterEfficiency = DEFAULT_INVERTER_EFFICIENCY): WattHours {
  check(load, runtime, inverterEfficiency);
  if (!(exponent >= 1 && exponent <= 2)) throw new RangeError('the Peukert exponent must be between 1 and 2');
  if (!(ratedHours > 0)) throw new RangeError('the rated discharge time must be positive');
  const hours = runtime / 3600;
  const peukert = ((load * ratedHours) / inverterEfficiency) * (hours / ratedHours) ** (1 / exponent);
  return wattHours(Math.max(peukert, linearBatteryForRuntime(load, runtime, inverterEfficiency)));
}

function check(load: number, runtime: number, efficiency: number): void {
  if (!(load > 0)) throw new RangeError('the load must be positive');
  if (!(runtime > 0)) throw new RangeError('the runtime must be positive');
  if (!(efficiency > 0 && efficiency <= 1)) throw new RangeError('inverter efficiency must be in (0, 1]');
}
