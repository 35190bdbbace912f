/** The figures that a design changes: every fact whose value differs between two analyses. */
import type { Analysis } from '../analyze/run-analysis.js';
import { compareText } from '../intake/diagnostic.js';
import type { FigureDelta } from './design-result.js';

/** Facts of `before` and `after` whose known values differ (a fact missing or unknown on one side counts as null). */
export function figureDeltas(before: Analysis, after: Analysis): FigureDelta[] {
  const ids = [...new Set([...before.byId.keys(), ...after.byId.keys()])].sort(compareText);
  const deltas: FigureDelta[] = [];
  for (const id of ids) {
    const old = before.byId.get(id);
    const next = after.byId.get(id);
    const beforeValue = old?.status === 'known' ? old.value : null;
    const afterValue = next?.status === 'known' ? next.value : null;
    if (beforeValue === afterValue) continue;
    const fact = (next ?? old) as NonNullable<typeof next>;
    deltas.push({ factId: id, label: fact.label, unit: fact.unit, ...(fact.currency !== undefined ? { currency: fact.currency } : {}), before: beforeValue, after: afterValue });
  }
  return deltas;
}
