/**
 * Single points of failure: components whose failure alone takes down something users rely on — a
 * workload other than themselves, a VLAN, a VPN or the site's internet access — ranked by the
 * criticality of what they take down (critical workloads first, then high, medium, low, then access,
 * then the size of the blast radius), each with a mitigation.
 */
import type { Source } from '../model/types.js';
import { accessCount, type BlastRadius, blastRadii, compareRadii, type CriticalityCounts } from './blast-radius.js';
import type { FailureGraph } from './graph.js';
import type { DownByKind } from './impact.js';
import { mitigationFor } from './mitigations.js';
import type { NodeKind } from './node-kinds.js';

export interface Spof {
  /** 1 for the most critical. */
  readonly rank: number;
  /** Node id, e.g. "device:sw1". */
  readonly component: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** Sub-kind: switch, gateway, vm, nvme… */
  readonly detail?: string;
  /** Where the component (or its owner) is declared. */
  readonly source?: Source;
  /** What it takes down, itself excluded. */
  readonly takesDown: DownByKind;
  readonly size: number;
  readonly workloads: CriticalityCounts;
  readonly mitigation: string;
}

/** True when a radius takes down a workload, a VLAN, a VPN or internet access. */
export function takesDownService(radius: BlastRadius): boolean {
  return (radius.down.workload?.length ?? 0) > 0 || accessCount(radius) > 0;
}

/** The single points of failure of `graph`, most critical first. Pass `radii` when already computed. */
export function singlePointsOfFailure(graph: FailureGraph, radii: readonly BlastRadius[] = blastRadii(graph)): Spof[] {
  return radii
    .filter(takesDownService)
    .sort(compareRadii)
    .map((radius, position) => {
      const index = graph.index.get(radius.component) as number;
      const node = graph.nodes[index];
      return {
        rank: position + 1,
        component: radius.component,
        kind: radius.kind,
        name: radius.name,
        ...(node?.detail !== undefined ? { detail: node.detail } : {}),
        ...(node?.source !== undefined ? { source: node.source } : {}),
        takesDown: radius.down,
        size: radius.size,
        workloads: radius.workloads,
        mitigation: mitigationFor(graph, index, radius),
      };
    });
}
