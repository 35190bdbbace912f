/**
 * A diagram as data: nodes with short labels and labelled edges. Generated from the model, turned into
 * Mermaid source, and rendered to ASCII (Markdown) or SVG (HTML). Every edge carries a label, so a test
 * can check that each one survives rendering.
 */
export interface DiagramNode {
  /** Entity id (or a synthetic id such as "guests:pve1"); never printed as the Mermaid node id. */
  readonly id: string;
  /** Label lines; the first is the id or name, the rest are short facts about it. */
  readonly lines: readonly string[];
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface DiagramSpec {
  /** Stable id within the report, e.g. "topology-current". */
  readonly id: string;
  readonly title: string;
  readonly direction: 'TD' | 'LR';
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}
