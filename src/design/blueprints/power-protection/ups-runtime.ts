/**
 * Runtime of a UPS at a load, by the same order of models as the power analyzer: the vendor runtime
 * chart when given (log-log interpolation, never extrapolated), else Peukert's law for lead-acid,
 * else the linear model (lithium); the linear figure is kept as the upper bound. Battery energy the
 * target runtime needs comes from the inverse models (calc/power/ups-sizing).
 */
import { peukertUpsRuntime } from '../../../calc/power/peukert.js';
import { runtimeFromChart } from '../../../calc/power/runtime-chart.js';
import { linearUpsRuntime } from '../../../calc/power/ups-runtime-linear.js';
import { linearBatteryForRuntime, peukertBatteryForRuntime } from '../../../calc/power/ups-sizing.js';
import { seconds, wattHours, watts, type Seconds } from '../../../model/quantities.js';
import type { Ups } from '../../../model/types.js';

export type UpsSpec = Pick<Ups, 'batteryWh' | 'chemistry' | 'runtimeChart'>;

export interface RuntimeEstimate {
  /** Seconds, or null when neither a chart point nor battery energy covers the load. */
  readonly runtime: number | null;
  readonly upper: number | null;
  readonly model: 'chart' | 'peukert' | 'linear' | 'none';
  readonly calculator: string;
}

/** Runtime of `ups` at `load` watts. */
export function runtimeAt(ups: UpsSpec, load: number): RuntimeEstimate {
  const upper = ups.batteryWh !== undefined && load > 0 ? linearUpsRuntime({ battery: wattHours(ups.batteryWh), load: watts(load) }) : null;
  if (ups.runtimeChart !== undefined && ups.runtimeChart.length > 0 && load > 0) {
    const read = runtimeFromChart(ups.runtimeChart.map((point) => ({ load: watts(point.load), runtime: point.runtime as Seconds })), watts(load));
    if (read.kind !== 'above-chart') return { runtime: read.runtime, upper, model: 'chart', calculator: 'calc/power/runtime-chart' };
  }
  if (ups.batteryWh === undefined || load <= 0) return { runtime: null, upper, model: 'none', calculator: 'calc/power/peukert' };
  if (ups.chemistry === 'lead-acid') return { runtime: peukertUpsRuntime({ battery: wattHours(ups.batteryWh), load: watts(load) }), upper, model: 'peukert', calculator: 'calc/power/peukert' };
  return { runtime: upper, upper, model: 'linear', calculator: 'calc/power/ups-runtime-linear' };
}

/** Battery energy a UPS of `chemistry` needs for `runtime` seconds at `load` watts. */
export function batteryNeeded(chemistry: UpsSpec['chemistry'], load: number, runtime: number): number {
  return chemistry === 'lead-acid' ? peukertBatteryForRuntime(watts(load), seconds(runtime)) : linearBatteryForRuntime(watts(load), seconds(runtime));
}
