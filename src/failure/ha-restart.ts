/**
 * HA recovery under a failure: the HA guests whose home node is down (or fenced) restart on the
 * surviving quorate members of their cluster where memory allows. Survivors keep the memory of the
 * guests still running on them; the displaced guests are placed first-fit decreasing
 * (first-fit-decreasing.ts). Guests that fit nowhere cannot restart. Only clusters with a member
 * down are looked at, so a failure costs time in proportion to what it touches.
 */
import { compareText } from '../intake/diagnostic.js';
import { firstFitDecreasing } from './first-fit-decreasing.js';
import type { FailureGraph } from './graph.js';
import type { HaCluster } from './ha-cluster.js';

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

/** A cluster with everything placement needs precomputed as arrays, nodes in host-id order. */
interface IndexedCluster {
  readonly cluster: HaCluster;
  readonly quorum: number;
  /** Per node (host-id order): host, member node index, free capacity (Infinity when unknown). */
  readonly hosts: readonly string[];
  readonly members: Int32Array;
  readonly capacity: Float64Array;
  /** Per guest: workload node index, home node position, memory, HA flag, eligible node positions. */
  readonly guestNode: Int32Array;
  readonly guestHome: Int32Array;
  readonly guestMemory: Float64Array;
  readonly guestHa: Uint8Array;
  readonly guestEligible: readonly (readonly number[])[];
}

const indexes = new WeakMap<FailureGraph, { readonly clusters: readonly IndexedCluster[]; readonly byMember: ReadonlyMap<number, number> }>();

function indexOf(graph: FailureGraph) {
  let found = indexes.get(graph);
  if (!found) {
    const byMember = new Map<number, number>();
    const clusters = graph.ha.map((cluster, position): IndexedCluster => {
      const nodes = [...cluster.nodes].sort((a, b) => compareText(a.host, b.host));
      const positionOf = new Map(nodes.map((node, at) => [node.host, at]));
      const members = Int32Array.from(nodes, (node) => graph.index.get(node.member) ?? -1);
      for (const member of members) if (member >= 0) byMember.set(member, position);
      return {
        cluster,
        quorum: graph.index.get(cluster.quorum) ?? -1,
        hosts: nodes.map((node) => node.host),
        members,
        capacity: Float64Array.from(nodes, (node) => node.capacity ?? Number.POSITIVE_INFINITY),
        guestNode: Int32Array.from(cluster.guests, (guest) => graph.index.get(guest.node) ?? -1),
        guestHome: Int32Array.from(cluster.guests, (guest) => positionOf.get(guest.home) ?? -1),
        guestMemory: Float64Array.from(cluster.guests, (guest) => guest.memory ?? 0),
        guestHa: Uint8Array.from(cluster.guests, (guest) => (guest.ha ? 1 : 0)),
        guestEligible: cluster.guests.map((guest) => guest.eligible.flatMap((host) => positionOf.get(host) ?? [])),
      };
    });
    found = { clusters, byMember };
    indexes.set(graph, found);
  }
  return found;
}

/** Places the displaced HA guests of every quorate cluster, given the set of node indexes that are down. */
export function placeDisplacedGuests(graph: FailureGraph, down: ReadonlySet<number>): { readonly restarted: readonly Restart[]; readonly unplaced: readonly FailedRestart[] } {
  const restarted: Restart[] = [];
  const unplaced: FailedRestart[] = [];
  const { clusters, byMember } = indexOf(graph);
  const touched = new Set<number>();
  for (const node of down) {
    const position = byMember.get(node);
    if (position !== undefined) touched.add(position);
  }
  for (const position of [...touched].sort((a, b) => a - b)) {
    const indexed = clusters[position] as IndexedCluster;
    if (down.has(indexed.quorum)) continue;
    const up = Array.from(indexed.members, (member) => member >= 0 && !down.has(member));
    const free = Float64Array.from(indexed.capacity);
    const displaced: number[] = [];
    for (let guest = 0; guest < indexed.guestNode.length; guest++) {
      if (down.has(indexed.guestNode[guest] as number)) continue;
      const home = indexed.guestHome[guest] as number;
      if (home >= 0 && up[home]) free[home] = (free[home] as number) - (indexed.guestMemory[guest] as number);
      else if (indexed.guestHa[guest] === 1) displaced.push(guest);
    }
    if (displaced.length === 0) continue;
    const guests = indexed.cluster.guests;
    const packed = firstFitDecreasing(
      displaced.map((guest) => ({ id: guests[guest]?.workload ?? '', memory: indexed.guestMemory[guest] as number, eligible: (indexed.guestEligible[guest] ?? []).map((at) => indexed.hosts[at] as string) })),
      indexed.hosts.flatMap((host, at) => (up[at] ? [{ host, free: free[at] as number }] : [])),
    );
    const home = new Map(displaced.map((guest) => [guests[guest]?.workload ?? '', guests[guest]?.home ?? '']));
    for (const placed of packed.placed) restarted.push({ cluster: indexed.cluster.cluster, guest: placed.id, from: home.get(placed.id) ?? '', to: placed.host });
    for (const failed of packed.unplaced) unplaced.push({ cluster: indexed.cluster.cluster, guest: failed.id, from: home.get(failed.id) ?? '', memory: failed.memory });
  }
  return { restarted, unplaced };
}
