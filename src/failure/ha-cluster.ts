/**
 * Proxmox clusters with HA as the failure model sees them: the nodes with the memory they can give
 * guests, and the guests homed on each node with where they may restart.
 *
 * - Guest memory capacity is the compute analyzer's fact `compute/<host>/guest-memory-capacity`
 *   (physical memory minus hypervisor, ZFS ARC and Ceph OSD reservations) when the analysis has it;
 *   otherwise physical memory − 2 GiB, the PVE minimum "for the OS and Proxmox VE services"
 *   (https://github.com/proxmox/pve-docs/blob/master/pve-system-requirements.adoc), listed as an assumption.
 * - An HA guest may restart on any node that can reach its disk: any node for shared storage (Ceph,
 *   NFS, SMB, iSCSI), the replica holders for ZFS replication, only its home node for local storage
 *   (https://pve.proxmox.com/pve-docs/chapter-ha-manager.html#_requirements: "shared storage for VMs and containers").
 */
import { isNumericFact } from '../analyze/fact.js';
import type { Analysis } from '../analyze/run-analysis.js';
import { GiB } from '../model/quantities.js';
import type { Assumption, Host, Model, ProxmoxCluster, Workload } from '../model/types.js';
import { clusterVotes } from './quorum.js';
import { resolveStorage, type StorageRef } from './storage-refs.js';

/** Memory PVE needs for itself: "Minimum 2 GB for the OS and Proxmox VE services". */
export const PVE_HOST_RESERVE_BYTES = 2 * GiB;

export interface HaNode {
  readonly host: string;
  /** Node id of the host as a quorate member of the cluster. */
  readonly member: string;
  /** Bytes guests may use; undefined when the host's memory is unknown. */
  readonly capacity?: number;
  readonly capacitySource: 'fact' | 'physical-minus-reserve' | 'unknown';
}

export interface HaGuest {
  readonly workload: string;
  /** Node id of the workload. */
  readonly node: string;
  readonly home: string;
  /** Bytes; undefined when the spec does not say. */
  readonly memory?: number;
  readonly ha: boolean;
  /** Hosts it may restart on (HA guests); only its home for the others. */
  readonly eligible: readonly string[];
}

export interface HaCluster {
  readonly cluster: string;
  /** Node id of the cluster's quorum. */
  readonly quorum: string;
  readonly expectedVotes: number;
  readonly quorumVotes: number;
  readonly nodes: readonly HaNode[];
  /** Every VM and container homed on a node of the cluster. */
  readonly guests: readonly HaGuest[];
}

/** The Proxmox cluster each clustered host belongs to. */
export function clusterOfHost(model: Model): Map<string, ProxmoxCluster> {
  const clusters = new Map<string, ProxmoxCluster>();
  for (const cluster of model.clusters.proxmox) for (const node of cluster.nodes) clusters.set(node.host, cluster);
  return clusters;
}

/** True for a VM or container placed on a host (services and Docker containers run inside something). */
export function isGuest(workload: Workload): boolean {
  return (workload.kind === 'vm' || workload.kind === 'ct') && workload.host !== undefined && workload.runsOn === undefined;
}

/** The cluster a guest belongs to, when its host is clustered (and it does not name another cluster). */
export function guestCluster(workload: Workload, clusters: ReadonlyMap<string, ProxmoxCluster>): ProxmoxCluster | undefined {
  if (!isGuest(workload) || workload.host === undefined) return undefined;
  const cluster = clusters.get(workload.host);
  return cluster && (workload.cluster === undefined || workload.cluster === cluster.id) ? cluster : undefined;
}

/** True when the guest is managed by HA: flagged `ha` in a cluster with HA enabled. */
export function isHaGuest(workload: Workload, cluster: ProxmoxCluster | undefined): boolean {
  return cluster !== undefined && workload.ha && cluster.ha?.enabled === true;
}

export interface GuestPlacement {
  readonly eligible: readonly string[];
  readonly storage?: StorageRef;
  /** The guest's storage was not given, so shared storage was assumed. */
  readonly storageAssumed: boolean;
}

/** Where an HA guest may run, from the storage that holds its disk. */
export function haPlacement(model: Model, cluster: ProxmoxCluster, workload: Workload): GuestPlacement {
  const nodes = cluster.nodes.map((node) => node.host);
  const home = workload.host ?? '';
  if (workload.storage === undefined) return { eligible: nodes, storageAssumed: true };
  const storage = resolveStorage(model, workload.storage);
  if (!storage) return { eligible: nodes, storageAssumed: true };
  if (storage.shared) return { eligible: nodes, storage, storageAssumed: false };
  if (storage.replicaHosts) return { eligible: nodes.filter((node) => storage.replicaHosts?.includes(node)), storage, storageAssumed: false };
  return { eligible: [home], storage, storageAssumed: false };
}

/** Memory guests may use on `host`: the compute fact, else physical − 2 GiB, else unknown. */
export function guestMemoryCapacity(host: Host | undefined, hostId: string, analysis: Analysis | undefined): Pick<HaNode, 'capacity' | 'capacitySource'> {
  const fact = analysis?.byId.get(`compute/${hostId}/guest-memory-capacity`);
  if (isNumericFact(fact)) return { capacity: fact.value, capacitySource: 'fact' };
  if (host?.memory !== undefined) return { capacity: Math.max(0, host.memory - PVE_HOST_RESERVE_BYTES), capacitySource: 'physical-minus-reserve' };
  return { capacitySource: 'unknown' };
}

/** The assumption behind a capacity of physical memory − 2 GiB. */
export function reserveAssumption(hosts: readonly Host[]): Assumption {
  return {
    id: 'failure/guest-memory-physical-minus-2gib',
    text: 'Memory for guests on a cluster node without a computed guest-memory capacity is its physical memory minus 2 GiB, the PVE minimum for the OS and its services (ZFS ARC and Ceph OSD reservations not subtracted).',
    sources: hosts.map((host) => host.source),
  };
}

/** The HA-enabled Proxmox clusters of `model` with node capacities and guests. */
export function haClusters(model: Model, analysis?: Analysis): { readonly clusters: readonly HaCluster[]; readonly assumptions: readonly Assumption[] } {
  const hostsById = new Map(model.hosts.map((host) => [host.id, host]));
  const byHost = clusterOfHost(model);
  const assumed: Host[] = [];
  const clusters: HaCluster[] = [];
  const guestsOf = new Map<string, Workload[]>();
  for (const workload of model.workloads) {
    const cluster = guestCluster(workload, byHost);
    if (!cluster) continue;
    const list = guestsOf.get(cluster.id);
    if (list) list.push(workload);
    else guestsOf.set(cluster.id, [workload]);
  }
  for (const cluster of model.clusters.proxmox) {
    if (cluster.ha?.enabled !== true) continue;
    const votes = clusterVotes(cluster);
    const nodes: HaNode[] = cluster.nodes.map((node) => {
      const host = hostsById.get(node.host);
      const capacity = guestMemoryCapacity(host, node.host, analysis);
      if (capacity.capacitySource === 'physical-minus-reserve' && host) assumed.push(host);
      return { host: node.host, member: `member:${cluster.id}/${node.host}`, ...capacity };
    });
    const guests: HaGuest[] = [];
    for (const workload of guestsOf.get(cluster.id) ?? []) {
      if (workload.host === undefined) continue;
      const ha = isHaGuest(workload, cluster);
      guests.push({
        workload: workload.id,
        node: `workload:${workload.id}`,
        home: workload.host,
        ...(workload.memory !== undefined ? { memory: workload.memory } : {}),
        ha,
        eligible: ha ? haPlacement(model, cluster, workload).eligible : [workload.host],
      });
    }
    clusters.push({ cluster: cluster.id, quorum: `cluster:${cluster.id}`, expectedVotes: votes.expected, quorumVotes: votes.quorum, nodes, guests });
  }
  return { clusters, assumptions: assumed.length > 0 ? [reserveAssumption(assumed)] : [] };
}
