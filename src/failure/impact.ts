/**
 * The impact of a set of failures: everything that goes down with them, grouped by kind, and the HA
 * guests that restart elsewhere or cannot for lack of memory. Guests that cannot restart are failed
 * in turn, and propagation repeats until no more guests are left without room.
 */
import { compareText } from '../intake/diagnostic.js';
import type { FailureGraph } from './graph.js';
import { type FailedRestart, placeDisplacedGuests, type Restart } from './ha-restart.js';
import { displayOrder, internalKinds, type NodeKind } from './node-kinds.js';
import { propagateDown } from './propagate.js';

/** Names of the nodes that are down, per kind (plumbing kinds left out), each list sorted. */
export type DownByKind = Readonly<Partial<Record<NodeKind, readonly string[]>>>;

export interface Impact {
  /** Node ids that failed on purpose, sorted. */
  readonly failed: readonly string[];
  /** Every node id that is down, failed ones included, in display order. */
  readonly down: readonly string[];
  /** Names down per kind, failed ones included. */
  readonly byKind: DownByKind;
  /** HA guests restarted on another node. */
  readonly restarted: readonly Restart[];
  /** HA guests that have nowhere to restart (not enough free memory on the survivors). */
  readonly cannotRestart: readonly FailedRestart[];
}

/** What goes down when the nodes `failed` (node ids) fail together. */
export function impact(graph: FailureGraph, failed: readonly string[]): Impact {
  const seeds = failed.map((id) => {
    const index = graph.index.get(id);
    if (index === undefined) throw new RangeError(`no component "${id}" in the failure graph`);
    return index;
  });
  const result = impactOfIndexes(graph, seeds);
  return {
    failed: [...new Set(failed)].sort(compareText),
    down: sortForDisplay(graph, result.down).map((index) => (graph.nodes[index] as { id: string }).id),
    byKind: groupByKind(graph, result.down),
    restarted: result.restarted,
    cannotRestart: result.cannotRestart,
  };
}

/** Impact by node index: the down nodes (unordered) and the HA restarts. */
export function impactOfIndexes(graph: FailureGraph, failed: readonly number[]): { readonly down: readonly number[]; readonly restarted: readonly Restart[]; readonly cannotRestart: readonly FailedRestart[] } {
  const seeds = new Set(failed);
  let down = propagateDown(graph, seeds);
  if (graph.ha.length === 0) return { down, restarted: [], cannotRestart: [] };
  const cannotRestart: FailedRestart[] = [];
  for (;;) {
    const placement = placeDisplacedGuests(graph, new Set(down));
    if (placement.unplaced.length === 0) return { down, restarted: placement.restarted, cannotRestart };
    for (const guest of placement.unplaced) {
      cannotRestart.push(guest);
      seeds.add(graph.index.get(`workload:${guest.guest}`) as number);
    }
    down = propagateDown(graph, seeds);
  }
}

/** Groups node indexes by kind into sorted name lists, leaving plumbing kinds out. */
export function groupByKind(graph: FailureGraph, indexes: ArrayLike<number>): DownByKind {
  const groups = new Map<NodeKind, string[]>();
  for (let position = 0; position < indexes.length; position++) {
    const node = graph.nodes[indexes[position] as number];
    if (!node || internalKinds.has(node.kind)) continue;
    const names = groups.get(node.kind);
    if (names) names.push(node.name);
    else groups.set(node.kind, [node.name]);
  }
  const sorted: Partial<Record<NodeKind, readonly string[]>> = {};
  for (const kind of [...groups.keys()].sort((a, b) => (kindRank.get(a) ?? 0) - (kindRank.get(b) ?? 0))) sorted[kind] = (groups.get(kind) as string[]).sort(compareText);
  return sorted;
}

const kindRank = new Map(displayOrder.map((kind, rank) => [kind, rank]));

/** Node indexes sorted by kind (display order) then name. */
export function sortForDisplay(graph: FailureGraph, indexes: Iterable<number>): number[] {
  return [...indexes].sort((a, b) => {
    const left = graph.nodes[a] as { kind: NodeKind; name: string };
    const right = graph.nodes[b] as { kind: NodeKind; name: string };
    return (kindRank.get(left.kind) ?? 0) - (kindRank.get(right.kind) ?? 0) || compareText(left.name, right.name);
  });
}
