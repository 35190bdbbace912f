/**
 * The blast radius of every component: what goes down when it alone fails. Structurally this is the
 * inverse of the kill sets (kill-sets.ts): x takes v down exactly when x ∈ K(v). In clusters with HA,
 * a failure that takes a node out of the quorate partition also displaces HA guests, and whether they
 * fit on the survivors is a memory question, not a gate; for those components the radius comes from
 * impact(), which places the guests (so the radius agrees with `kestra analyze --scenario`).
 */
import { compareText } from '../intake/diagnostic.js';
import type { Criticality, FailureGraph } from './graph.js';
import { type DownByKind, groupByKind, impactOfIndexes } from './impact.js';
import { computeKillSets } from './kill-sets.js';
import { internalKinds, type NodeKind } from './node-kinds.js';

export type CriticalityCounts = Readonly<Record<Criticality, number>>;

export interface BlastRadius {
  /** Node id of the component, e.g. "device:sw1". */
  readonly component: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** What goes down with it (itself excluded), per kind. */
  readonly down: DownByKind;
  /** How many nodes that is (plumbing excluded). */
  readonly size: number;
  /** Workloads it takes down, by criticality. */
  readonly workloads: CriticalityCounts;
}

const NO_WORKLOADS: CriticalityCounts = Object.freeze({ critical: 0, high: 0, medium: 0, low: 0 });
const NOTHING: DownByKind = Object.freeze({});

/** The blast radius of every component of the graph, in graph order. */
export function blastRadii(graph: FailureGraph): BlastRadius[] {
  const n = graph.nodes.length;
  const sets = computeKillSets(graph);
  const reported = new Uint8Array(n);
  graph.nodes.forEach((node, index) => {
    reported[index] = internalKinds.has(node.kind) ? 0 : 1;
  });

  // Invert the kill sets into per-component lists of reported nodes (CSR, two passes).
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (reported[v] === 0) continue;
    const set = sets[v] as Int32Array;
    for (let i = 0; i < set.length; i++) {
      const x = set[i] as number;
      if (x !== v) start[x + 1] = (start[x + 1] as number) + 1;
    }
  }
  for (let x = 0; x < n; x++) start[x + 1] = (start[x + 1] as number) + (start[x] as number);
  const victims = new Int32Array(start[n] as number);
  const fill = start.slice(0, n);
  for (let v = 0; v < n; v++) {
    if (reported[v] === 0) continue;
    const set = sets[v] as Int32Array;
    for (let i = 0; i < set.length; i++) {
      const x = set[i] as number;
      if (x === v) continue;
      victims[fill[x] as number] = v;
      fill[x] = (fill[x] as number) + 1;
    }
  }

  // Components that can take an HA node out of the quorate partition need guest placement.
  const needsPlacement = new Set<number>();
  for (const cluster of graph.ha) {
    for (const node of cluster.nodes) {
      const member = graph.index.get(node.member);
      if (member !== undefined) for (const x of sets[member] as Int32Array) needsPlacement.add(x);
    }
  }

  const radii: BlastRadius[] = [];
  for (let x = 0; x < n; x++) {
    const node = graph.nodes[x];
    if (!node?.failable) continue;
    const members = needsPlacement.has(x)
      ? impactOfIndexes(graph, [x]).down.filter((v) => v !== x && reported[v] === 1)
      : victims.subarray(start[x] as number, start[x + 1] as number);
    radii.push(radiusOf(graph, x, members));
  }
  return radii;
}

/** The blast radius of component `x` from the nodes it takes down (plumbing and itself excluded). */
export function radiusOf(graph: FailureGraph, x: number, members: ArrayLike<number>): BlastRadius {
  const node = graph.nodes[x] as { id: string; kind: NodeKind; name: string };
  if (members.length === 0) return { component: node.id, kind: node.kind, name: node.name, down: NOTHING, size: 0, workloads: NO_WORKLOADS };
  const workloads = { critical: 0, high: 0, medium: 0, low: 0 };
  for (let i = 0; i < members.length; i++) {
    const victim = graph.nodes[members[i] as number];
    if (victim?.kind === 'workload') workloads[victim.criticality ?? 'medium']++;
  }
  return { component: node.id, kind: node.kind, name: node.name, down: groupByKind(graph, members), size: members.length, workloads };
}

const criticalities: readonly Criticality[] = ['critical', 'high', 'medium', 'low'];

/** Orders radii by what they take down: workloads by criticality, then access (VLANs, VPNs, internet), then size, then id. */
export function compareRadii(a: BlastRadius, b: BlastRadius): number {
  for (const level of criticalities) {
    const difference = b.workloads[level] - a.workloads[level];
    if (difference !== 0) return difference;
  }
  return accessCount(b) - accessCount(a) || b.size - a.size || compareText(a.component, b.component);
}

/** VLANs, VPNs and internet access a radius takes down. */
export function accessCount(radius: BlastRadius): number {
  return (radius.down.vlan?.length ?? 0) + (radius.down.vpn?.length ?? 0) + (radius.down.internet?.length ?? 0);
}
