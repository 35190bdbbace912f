/**
 * UPS runtime read from a vendor's runtime chart. Runtime against load is close to a power law, so
 * between two charted points it is interpolated on log-log axes: a straight line through
 * (ln P₁, ln t₁) and (ln P₂, ln t₂). The chart is never extrapolated above its highest load (the
 * battery may cut out or the UPS overload there); below its lowest load the runtime at the lowest
 * charted load is returned as a lower bound.
 */
import { seconds, type Seconds, type Watts } from '../../model/quantities.js';

export interface RuntimePoint {
  readonly load: Watts;
  readonly runtime: Seconds;
}

export type ChartRuntime =
  | { readonly kind: 'charted'; readonly runtime: Seconds; readonly between: readonly [RuntimePoint, RuntimePoint] }
  | { readonly kind: 'at-least'; readonly runtime: Seconds; readonly lowest: RuntimePoint }
  | { readonly kind: 'above-chart'; readonly highest: RuntimePoint };

/** Runtime at `load` from the chart, by log-log interpolation between the neighbouring points. */
export function runtimeFromChart(chart: readonly RuntimePoint[], load: Watts): ChartRuntime {
  if (chart.length === 0) throw new RangeError('the runtime chart has no points');
  if (!(load > 0)) throw new RangeError('the load must be positive');
  for (const point of chart) {
    if (!(point.load > 0) || !(point.runtime > 0)) throw new RangeError('chart loads and runtimes must be positive');
  }
  const points = [...chart].sort((a, b) => a.load - b.load);
  const lowest = points[0] as RuntimePoint;
  const highest = points[points.length - 1] as RuntimePoint;
  if (load > highest.load) return { kind: 'above-chart', highest };
  if (load < lowest.load) return { kind: 'at-least', runtime: lowest.runtime, lowest };
  for (let index = 0; index < points.length; index += 1) {
    const upper = points[index] as RuntimePoint;
    if (load > upper.load) continue;
    if (load === upper.load || index === 0) return { kind: 'charted', runtime: upper.runtime, between: [upper, upper] };
    const lower = points[index - 1] as RuntimePoint;
    return { kind: 'charted', runtime: interpolate(lower, upper, load), between: [lower, upper] };
  }
  return { kind: 'charted', runtime: highest.runtime, between: [highest, highest] };
}

/** ln t = ln t₁ + (ln P − ln P₁) × (ln t₂ − ln t₁) / (ln P₂ − ln P₁). */
function interpolate(lower: RuntimePoint, upper: RuntimePoint, load: number): Seconds {
  if (upper.load === lower.load) return seconds(Math.min(lower.runtime, upper.runtime));
  const slope = Math.log(upper.runtime / lower.runtime) / Math.log(upper.load / lower.load);
  return seconds(lower.runtime * (load / lower.load) ** slope);
}
