/** The components that fail when the whole site loses power: every feed, and UPSes and PDUs plugged into no declared feed. */
import type { FailureGraph } from './graph.js';

/** Node ids that fail in a site-wide power loss (sorted by graph order). */
export function sitePowerNodes(graph: FailureGraph): string[] {
  const ids: string[] = [];
  graph.nodes.forEach((node, index) => {
    const unfed = (graph.inputStart[index + 1] as number) === (graph.inputStart[index] as number);
    if (node.kind === 'feed' || ((node.kind === 'ups' || node.kind === 'pdu') && unfed)) ids.push(node.id);
  });
  return ids;
}
