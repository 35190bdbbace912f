/**
 * Mermaid flowchart source for a diagram spec. Node ids are positional (n0, n1, …) so no user text is ever
 * Mermaid syntax; labels keep only characters that are plain text in every renderer, and are shortened so
 * a 500-character id cannot blow up a diagram.
 */
import type { DiagramSpec } from './diagram-spec.js';

/** Longest label line printed in a diagram; longer ones end in "…". */
export const MAX_LABEL_LENGTH = 24;

/** The Mermaid source of `spec`. Edges use `A -->|label| B`, the form every renderer keeps. */
export function mermaidSource(spec: DiagramSpec): string {
  const index = new Map(spec.nodes.map((node, position) => [node.id, `n${position}`]));
  const lines = [`graph ${spec.direction}`];
  for (const node of spec.nodes) lines.push(`  ${index.get(node.id)}["${node.lines.map(labelText).join('<br/>')}"]`);
  for (const edge of spec.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined) throw new Error(`diagram "${spec.id}" has an edge to an unknown node: ${edge.from} -> ${edge.to}`);
    lines.push(`  ${from} -->|${labelText(edge.label)}| ${to}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A label line reduced to safe characters and at most MAX_LABEL_LENGTH of them. */
export function labelText(text: string): string {
  const safe = text.replace(/[^\p{L}\p{N} .,:/_+×·%()-]/gu, ' ').replace(/\s+/g, ' ').trim();
  const characters = [...(safe === '' ? '?' : safe)];
  return characters.length > MAX_LABEL_LENGTH ? `${characters.slice(0, MAX_LABEL_LENGTH - 1).join('')}…` : characters.join('');
}
