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

const indexes = new WeakMap<Model, ReadonlyMap<string, StorageRef>>();

/** Resolves a storage reference of a workload in `model`; undefined when the id names no storage. */
export function resolveStorage(model: Model, ref: string): StorageRef | undefined {
  let index = indexes.get(model);
  if (!index) {
    index = indexStorage(model);
    indexes.set(model, index);
  }
  return index.get(ref);
}

/** Every storage id of `model` with what it means for failures. */
function indexStorage(model: Model): Map<string, StorageRef> {
  const index = new Map<string, StorageRef>();
  const pools = new Map(model.storage.zfs.map((pool) => [pool.id, pool]));
  for (const pool of model.storage.zfs) {
    index.set(
      pool.id,
      pool.replicatedTo && pool.replicatedTo.length > 0
        ? { node: `pool:${pool.id}`, shared: false, replicaHosts: [pool.host, ...pool.replicatedTo] }
        : { node: `pool:${pool.id}`, shared: false },
    );
  }
  for (const array of model.storage.raid) index.set(array.id, { node: `raid:${array.id}`, shared: false });
  for (const share of model.storage.shares) index.set(share.id, { node: `share:${share.id}`, shared: true });
  for (const ceph of model.storage.ceph) {
    index.set(ceph.id, { node: `ceph:${ceph.id}`, shared: true });
    for (const cephPool of ceph.pools) index.set(cephPool.id, { node: `ceph-pool:${cephPool.id}`, shared: true });
  }
  for (const cluster of model.clusters.proxmox) {
    for (const storage of cluster.sharedStorage) {
      if (storage.kind === 'zfs-replication') {
        const source = pools.get(storage.source);
        // The replication jobs of a cluster-wide storage entry are assumed to reach every node.
        const replicas = source?.replicatedTo && source.replicatedTo.length > 0 ? [source.host, ...source.replicatedTo] : cluster.nodes.map((node) => node.host);
        index.set(storage.id, { shared: false, replicaHosts: [...new Set(replicas)] });
      } else {
        const inner = storage.source === storage.id ? undefined : index.get(storage.source);
        index.set(storage.id, { ...(inner?.node !== undefined ? { node: inner.node } : {}), shared: true });
      }
    }
  }
  return index;
}
