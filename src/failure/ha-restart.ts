/**
 * HA recovery under a failure: the HA guests whose home node is down (or fenced) restart on the
 * surviving quorate members of their cluster where memory allows. Survivors keep the memory of the
 * guests still running on them; the displaced guests are placed first-fit decreasing
 * (first-fit-decreasing.ts). Guests that fit nowhere cannot restart.
 */
import { compareText } from '../intake/diagnostic.js';
import { firstFitDecreasing } from './first-fit-decreasing.js';
import type { FailureGraph } from './graph.js';

export interface Restart {
  readonly cluster: string;
  readonly guest: string;
  readonly from: string;
  readonly to: string;
}

export interface FailedRestart {
  readonly cluster: string;
  readonly guest: string;
  readonly from: string;
  /** Bytes the guest needs (0 when the spec does not say). */
  readonly memory: number;
}

/** Places the displaced HA guests of every quorate cluster, given the set of node indexes that are down. */
export function placeDisplacedGuests(graph: FailureGraph, down: ReadonlySet<number>): { readonly restarted: readonly Restart[]; readonly unplaced: readonly FailedRestart[] } {
  const restarted: Restart[] = [];
  const unplaced: FailedRestart[] = [];
  const isDown = (id: string) => {
    const index = graph.index.get(id);
    return index !== undefined && down.has(index);
  };
  for (const cluster of graph.ha) {
    if (isDown(cluster.quorum)) continue;
    const memberUp = new Map(cluster.nodes.map((node) => [node.host, !isDown(node.member)]));
    const displaced = cluster.guests.filter((guest) => guest.ha && !isDown(guest.node) && memberUp.get(guest.home) === false);
    if (displaced.length === 0) continue;
    const used = new Map<string, number>();
    for (const guest of cluster.guests) {
      if (memberUp.get(guest.home) === true && !isDown(guest.node)) used.set(guest.home, (used.get(guest.home) ?? 0) + (guest.memory ?? 0));
    }
    const bins = cluster.nodes
      .filter((node) => memberUp.get(node.host) === true)
      .sort((a, b) => compareText(a.host, b.host))
      .map((node) => ({ host: node.host, free: node.capacity === undefined ? Number.POSITIVE_INFINITY : node.capacity - (used.get(node.host) ?? 0) }));
    const home = new Map(displaced.map((guest) => [guest.workload, guest.home]));
    const packed = firstFitDecreasing(
      displaced.map((guest) => ({ id: guest.workload, memory: guest.memory ?? 0, eligible: guest.eligible })),
      bins,
    );
    for (const placed of packed.placed) restarted.push({ cluster: cluster.cluster, guest: placed.id, from: home.get(placed.id) ?? '', to: placed.host });
    for (const failed of packed.unplaced) unplaced.push({ cluster: cluster.cluster, guest: failed.id, from: home.get(failed.id) ?? '', memory: failed.memory });
  }
  return { restarted, unplaced };
}
