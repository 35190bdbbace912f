/**
 * Checks that every edge survived rendering: each edge label must appear in the drawing at least as often
 * as edges carry it. Some renderers silently drop edges (beautiful-mermaid dropped `A -.label.-> B`), and
 * a topology diagram with a missing cable is worse than none.
 */
import type { DiagramSpec } from './diagram-spec.js';
import { labelText } from './mermaid-source.js';

/** Labels that appear fewer times in `drawing` than edges carry them, with how many are missing. */
export function missingEdgeLabels(spec: DiagramSpec, drawing: string): { label: string; missing: number }[] {
  const expected = new Map<string, number>();
  for (const edge of spec.edges) {
    const label = labelText(edge.label);
    expected.set(label, (expected.get(label) ?? 0) + 1);
  }
  const result: { label: string; missing: number }[] = [];
  for (const [label, count] of expected) {
    const found = occurrences(drawing, label);
    if (found < count) result.push({ label, missing: count - found });
  }
  return result;
}

/** Occurrences of `label` not glued to other label characters (so "1G" is not counted inside "1G+PoE"). */
function occurrences(drawing: string, label: string): number {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.+×/_-])${escaped}(?![\\p{L}\\p{N}.+×/_-])`, 'gu');
  return [...drawing.matchAll(pattern)].length;
}
