/**
 * What a workload's `storage` reference means for failures: which graph node holds its disk, whether
 * every cluster node can reach it (shared: Ceph RBD, NFS, SMB, iSCSI), and on which hosts a replica
 * lives (ZFS replication). PVE storage capabilities: https://pve.proxmox.com/pve-docs/chapter-pvesm.html
 * (zfspool is local; rbd, nfs, cifs, iscsi and zfs-over-iSCSI are shared), replication:
 * https://pve.proxmox.com/pve-docs/chapter-pvesr.html.
 */
import type { Model } from '../model/types.js';

export interface StorageRef {
  /** Node that must be up for the disk to be readable (undefined: each host holds its own replica). */
  readonly node?: string;
  /** Reachable from every node of the cluster, so an HA guest may restart anywhere. */
  readonly shared: boolean;
  /** Hosts that hold a replica (ZFS replication); an HA guest may restart on any of them. */
  readonly replicaHosts?: readonly string[];
}

/** Resolves a storage reference of a workload in `model`; undefined when the id names no storage. */
export function resolveStorage(model: Model, ref: string): StorageRef | undefined {
  const pool = model.storage.zfs.find((candidate) => candidate.id === ref);
  if (pool) {
    return pool.replicatedTo && pool.replicatedTo.length > 0
      ? { node: `pool:${pool.id}`, shared: false, replicaHosts: [pool.host, ...pool.replicatedTo] }
      : { node: `pool:${pool.id}`, shared: false };
  }
  if (model.storage.raid.some((array) => array.id === ref)) return { node: `raid:${ref}`, shared: false };
  if (model.storage.shares.some((share) => share.id === ref)) return { node: `share:${ref}`, shared: true };
  for (const ceph of model.storage.ceph) {
    if (ceph.id === ref) return { node: `ceph:${ceph.id}`, shared: true };
    if (ceph.pools.some((cephPool) => cephPool.id === ref)) return { node: `ceph-pool:${ref}`, shared: true };
  }
  for (const cluster of model.clusters.proxmox) {
    const storage = cluster.sharedStorage.find((candidate) => candidate.id === ref);
    if (!storage) continue;
    if (storage.kind === 'zfs-replication') {
      const source = model.storage.zfs.find((candidate) => candidate.id === storage.source);
      // The replication jobs of a cluster-wide storage entry are assumed to reach every node.
      const replicas = source?.replicatedTo && source.replicatedTo.length > 0 ? [source.host, ...source.replicatedTo] : cluster.nodes.map((node) => node.host);
      return { shared: false, replicaHosts: [...new Set(replicas)] };
    }
    const inner = storage.source === ref ? undefined : resolveStorage(model, storage.source);
    return { ...(inner?.node !== undefined ? { node: inner.node } : {}), shared: true };
  }
  return undefined;
}
