/**
 * Where a workload's disk lives and whether that storage survives a disk failure. Structural only:
 * a pool with a single-disk (stripe) vdev, a RAID 0 array or a one-replica Ceph pool has none.
 */
import type { Model } from '../../model/types.js';

export interface StorageHome {
  /** Id of the pool, array or Ceph pool that finally holds the data. */
  readonly id: string;
  readonly kind: 'zfs-pool' | 'raid-array' | 'ceph-pool';
  /** False when one disk (or one OSD) failure loses data. */
  readonly redundant: boolean;
}

/** Resolves a storage id (shared storage, share, pool, array, Ceph pool) to the pool that holds the bytes. */
export function storageHome(model: Model, storageId: string, depth = 0): StorageHome | undefined {
  if (depth > 4) return undefined;
  const zfs = model.storage.zfs.find((pool) => pool.id === storageId);
  if (zfs) return { id: zfs.id, kind: 'zfs-pool', redundant: zfs.vdevs.every((vdev) => vdev.layout !== 'stripe' || vdev.disks.length === 0) };
  const raid = model.storage.raid.find((array) => array.id === storageId);
  if (raid) return { id: raid.id, kind: 'raid-array', redundant: raid.level !== 'raid0' };
  for (const ceph of model.storage.ceph) {
    const pool = ceph.pools.find((candidate) => candidate.id === storageId);
    if (pool) return { id: pool.id, kind: 'ceph-pool', redundant: pool.type === 'erasure' ? (pool.m ?? 1) >= 1 : (pool.size ?? 3) >= 2 };
  }
  const share = model.storage.shares.find((candidate) => candidate.id === storageId);
  if (share?.pool) return storageHome(model, share.pool, depth + 1);
  for (const cluster of model.clusters.proxmox) {
    const shared = cluster.sharedStorage.find((candidate) => candidate.id === storageId);
    if (shared) return storageHome(model, shared.source, depth + 1);
  }
  return undefined;
}
