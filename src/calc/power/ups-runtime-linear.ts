/**
 * Linear UPS runtime: usable battery energy divided by the load, t = E × DoD × η / P
 * (the form of most online calculators, e.g.
 * https://battery-calculator.com/ups-battery-runtime-calculation-formula.php). It ignores Peukert
 * losses and voltage sag, so for lead-acid it is an upper bound (references U1, U3).
 */
import { seconds, type Seconds, type WattHours, type Watts } from '../../model/quantities.js';

/** Inverter efficiency assumed when none is given; the calculators' usual 90 % (reference U1). */
export const DEFAULT_INVERTER_EFFICIENCY = 0.9;

export interface LinearRuntimeInput {
  /** Battery energy (N × V × Ah). */
  readonly battery: WattHours;
  /** Real power drawn by the load, in watts (not VA: dividing by VA/PF is the U3 trap). */
  readonly load: Watts;
  /** Depth of discharge used, 0..1; default 1. */
  readonly depthOfDischarge?: number;
  /** Inverter efficiency, 0..1; default 0.9. */
  readonly inverterEfficiency?: number;
}

/** t = E × DoD × η / P, an upper bound on runtime. */
export function linearUpsRuntime(input: LinearRuntimeInput): Seconds {
  const dod = input.depthOfDischarge ?? 1;
  const efficiency = input.inverterEfficiency ?? DEFAULT_INVERTER_EFFICIENCY;
  checkRuntimeInputs(input.battery, input.load, efficiency, dod);
  return seconds(((input.battery * dod * efficiency) / input.load) * 3600);
}

/** Rejects inputs no runtime model can use. */
export function checkRuntimeInputs(battery: number, load: number, efficiency: number, dod = 1): void {
  if (!(battery > 0)) throw new RangeError('battery energy must be positive');
  if (!(load > 0)) throw new RangeError('the load must be positive');
  if (!(efficiency > 0 && efficiency <= 1)) throw new RangeError('inverter efficiency must be in (0, 1]');
  if (!(dod > 0 && dod <= 1)) throw new RangeError('depth of discharge must be in (0, 1]');
}
