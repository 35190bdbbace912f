/**
 * Makes a diagram readable at a given width: the full version when it fits, else labels cut to the id,
 * else sibling leaves with the same parent and label merged into one box. Pure: the caller supplies the
 * renderer, so this can be tested without loading one.
 */
import type { DiagramEdge, DiagramNode, DiagramSpec } from './diagram-spec.js';
import { missingEdgeLabels } from './edge-check.js';

/** Widest ASCII diagram the Markdown report prints (columns). */
export const MAX_DIAGRAM_COLUMNS = 100;

export interface FittedDiagram {
  readonly spec: DiagramSpec;
  readonly drawing: string;
  /** How the diagram was simplified to fit, when it was. */
  readonly simplified?: string;
  /** Set when even the simplest version is too wide or lost an edge. */
  readonly problem?: string;
}

/** The first variant of `spec` whose drawing fits `maxColumns` and keeps every edge. */
export function fitDiagram(spec: DiagramSpec, draw: (spec: DiagramSpec) => string, maxColumns = MAX_DIAGRAM_COLUMNS): FittedDiagram {
  const variants: { spec: DiagramSpec; simplified?: string }[] = [
    { spec },
    { spec: idsOnly(spec), simplified: 'labels shortened to ids' },
    { spec: mergeLeaves(idsOnly(spec)), simplified: 'labels shortened to ids, and leaves with the same parent and link merged into one box' },
  ];
  let last: FittedDiagram | undefined;
  for (const variant of variants) {
    const drawing = draw(variant.spec);
    const width = columns(drawing);
    const missing = missingEdgeLabels(variant.spec, drawing);
    const fitted = { spec: variant.spec, drawing, ...(variant.simplified ? { simplified: variant.simplified } : {}) };
    if (width <= maxColumns && missing.length === 0) return fitted;
    last = {
      ...fitted,
      problem: missing.length > 0 ? `the drawing lost ${missing.map((item) => `${item.missing}× "${item.label}"`).join(', ')}; the Mermaid source has every link` : `the drawing is ${width} columns wide`,
    };
  }
  return last as FittedDiagram;
}

/** Width of a drawing in columns (code points of its longest line). */
export function columns(drawing: string): number {
  return Math.max(0, ...drawing.split('\n').map((line) => [...line].length));
}

function idsOnly(spec: DiagramSpec): DiagramSpec {
  return { ...spec, nodes: spec.nodes.map((node) => ({ ...node, lines: node.lines.slice(0, 1) })) };
}

/** Leaves (no outgoing edges) sharing one parent and edge label become one node listing their names. */
function mergeLeaves(spec: DiagramSpec): DiagramSpec {
  const outgoing = new Set(spec.edges.map((edge) => edge.from));
  const incoming = new Map<string, DiagramEdge[]>();
  for (const edge of spec.edges) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
  const groups = new Map<string, DiagramNode[]>();
  for (const node of spec.nodes) {
    const into = incoming.get(node.id) ?? [];
    if (outgoing.has(node.id) || into.length !== 1) continue;
    const edge = into[0] as DiagramEdge;
    const key = `${edge.from}|${edge.label}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const replaced = new Map<string, string>();
  const nodes: DiagramNode[] = [];
  for (const node of spec.nodes) {
    const group = [...groups.values()].find((members) => members.length > 1 && members.includes(node));
    if (!group) nodes.push(node);
    else if (group[0] === node) {
      const id = `merged:${group.map((member) => member.id).join(',')}`;
      for (const member of group) replaced.set(member.id, id);
      nodes.push({ id, lines: group.map((member) => member.lines[0] ?? member.id) });
    }
  }
  const seen = new Set<string>();
  const edges = spec.edges
    .map((edge) => ({ ...edge, to: replaced.get(edge.to) ?? edge.to }))
    .filter((edge) => {
      const key = `${edge.from}|${edge.to}|${edge.label}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ...spec, nodes, edges };
}
