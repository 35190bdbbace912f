/**
 * N+1 for HA clusters: for each node of each Proxmox cluster with HA, if that node fails, do the
 * survivors keep quorum, and do they have the memory to restart its HA guests? Survivors keep the
 * memory of the guests already running on them; the displaced HA guests are placed first-fit
 * decreasing by memory (first-fit-decreasing.ts) onto the nodes their storage allows (ha-cluster.ts).
 * Without quorum nothing restarts, and every surviving node that runs HA guests fences itself
 * (https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_cluster_resource_manager).
 */
import type { Analysis } from '../analyze/run-analysis.js';
import { compareText } from '../intake/diagnostic.js';
import type { Assumption, Model } from '../model/types.js';
import { firstFitDecreasing } from './first-fit-decreasing.js';
import { haClusters } from './ha-cluster.js';

export interface Survivor {
  readonly host: string;
  /** Bytes guests may use; undefined when unknown. */
  readonly capacity?: number;
  readonly capacitySource: 'fact' | 'physical-minus-reserve' | 'unknown';
  /** Bytes used by the guests already running there. */
  readonly used: number;
  /** Bytes left after the restarts; undefined when the capacity is unknown. */
  readonly freeAfter?: number;
}

export interface NPlusOneResult {
  readonly cluster: string;
  readonly failedNode: string;
  /** The survivors (and QDevice) still hold a majority of votes. */
  readonly quorate: boolean;
  /** HA guests that were running on the failed node. */
  readonly displaced: readonly string[];
  readonly restarted: readonly { readonly guest: string; readonly to: string; readonly memory: number }[];
  readonly cannotRestart: readonly { readonly guest: string; readonly memory: number; readonly reason: 'no-quorum' | 'no-room' | 'local-storage' }[];
  /** Non-HA guests of the failed node, which stay down until it is back. */
  readonly lost: readonly string[];
  /** Without quorum: guests on surviving nodes that fence themselves. */
  readonly fenced: readonly string[];
  /** Memory of the guests that have no room: what the survivors lack. */
  readonly missingMemory: number;
  /** Guests whose memory the spec does not give (counted as 0). */
  readonly unknownMemory: readonly string[];
  readonly survivors: readonly Survivor[];
}

export interface NPlusOne {
  readonly results: readonly NPlusOneResult[];
  readonly assumptions: readonly Assumption[];
}

/** N+1 of every HA cluster of `model`, one result per (cluster, failed node). */
export function nPlusOne(model: Model, analysis?: Analysis): NPlusOne {
  const { clusters, assumptions } = haClusters(model, analysis);
  const results: NPlusOneResult[] = [];
  for (const cluster of clusters) {
    const spec = model.clusters.proxmox.find((candidate) => candidate.id === cluster.cluster);
    const qdeviceVotes = cluster.expectedVotes - (spec?.nodes.reduce((total, node) => total + node.votes, 0) ?? 0);
    for (const failed of cluster.nodes) {
      const survivingVotes = (spec?.nodes ?? []).filter((node) => node.host !== failed.host).reduce((total, node) => total + node.votes, 0) + qdeviceVotes;
      const quorate = survivingVotes >= cluster.quorumVotes;
      const displaced = cluster.guests.filter((guest) => guest.home === failed.host && guest.ha);
      const lost = cluster.guests.filter((guest) => guest.home === failed.host && !guest.ha).map((guest) => guest.workload);
      const survivorsList = cluster.nodes.filter((node) => node.host !== failed.host).sort((a, b) => compareText(a.host, b.host));
      const used = new Map<string, number>();
      for (const guest of cluster.guests) if (guest.home !== failed.host) used.set(guest.home, (used.get(guest.home) ?? 0) + (guest.memory ?? 0));
      const unknownMemory = cluster.guests.filter((guest) => guest.memory === undefined).map((guest) => guest.workload).sort(compareText);
      const fencingHomes = new Set(cluster.guests.filter((guest) => guest.ha && guest.home !== failed.host).map((guest) => guest.home));
      const fenced = quorate ? [] : cluster.guests.filter((guest) => fencingHomes.has(guest.home)).map((guest) => guest.workload).sort(compareText);
      const bins = survivorsList.map((node) => ({ host: node.host, free: node.capacity === undefined ? Number.POSITIVE_INFINITY : node.capacity - (used.get(node.host) ?? 0) }));
      const local = displaced.filter((guest) => !guest.eligible.some((host) => host !== failed.host));
      const movable = displaced.filter((guest) => !local.includes(guest));
      const packed = quorate
        ? firstFitDecreasing(movable.map((guest) => ({ id: guest.workload, memory: guest.memory ?? 0, eligible: guest.eligible })), bins)
        : { placed: [], unplaced: [], free: new Map(bins.map((bin) => [bin.host, bin.free])) };
      const cannotRestart = quorate
        ? [
            ...packed.unplaced.map((guest) => ({ guest: guest.id, memory: guest.memory, reason: 'no-room' as const })),
            ...local.map((guest) => ({ guest: guest.workload, memory: guest.memory ?? 0, reason: 'local-storage' as const })),
          ]
        : displaced.map((guest) => ({ guest: guest.workload, memory: guest.memory ?? 0, reason: 'no-quorum' as const }));
      results.push({
        cluster: cluster.cluster,
        failedNode: failed.host,
        quorate,
        displaced: displaced.map((guest) => guest.workload).sort(compareText),
        restarted: packed.placed.map((placed) => ({ guest: placed.id, to: placed.host, memory: placed.memory })),
        cannotRestart: cannotRestart.sort((a, b) => compareText(a.guest, b.guest)),
        lost: lost.sort(compareText),
        fenced,
        missingMemory: cannotRestart.filter((guest) => guest.reason === 'no-room').reduce((total, guest) => total + guest.memory, 0),
        unknownMemory,
        survivors: survivorsList.map((node) => {
          const free = packed.free.get(node.host);
          return {
            host: node.host,
            ...(node.capacity !== undefined ? { capacity: node.capacity } : {}),
            capacitySource: node.capacitySource,
            used: used.get(node.host) ?? 0,
            ...(free !== undefined && Number.isFinite(free) ? { freeAfter: free } : {}),
          };
        }),
      });
    }
  }
  return { results, assumptions };
}
