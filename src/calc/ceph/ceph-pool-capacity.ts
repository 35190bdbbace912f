/**
 * Usable capacity of a Ceph pool: raw × ratio / overhead, where the overhead is the replica count of
 * a replicated pool or (k+m)/k of an erasure-coded one. Pools of a cluster share its raw space, so
 * each pool's figure assumes it has the cluster to itself (as `ceph df` MAX AVAIL does).
 * https://docs.ceph.com/en/latest/rados/operations/erasure-code/ ("Erasure-coded pool overhead")
 */
import { bytes, type Bytes, type Ratio } from '../../model/quantities.js';

/** A pool's redundancy scheme. */
export type CephRedundancy = { readonly kind: 'replicated'; readonly size: number } | { readonly kind: 'erasure'; readonly k: number; readonly m: number };

/** Raw bytes written per byte stored: size, or (k+m)/k. */
export function cephOverhead(redundancy: CephRedundancy): number {
  if (redundancy.kind === 'replicated') {
    if (!Number.isInteger(redundancy.size) || redundancy.size < 1) throw new RangeError(`replicated size must be ≥ 1, got ${redundancy.size}`);
    return redundancy.size;
  }
  if (!Number.isInteger(redundancy.k) || redundancy.k < 1 || !Number.isInteger(redundancy.m) || redundancy.m < 1) {
    throw new RangeError(`erasure coding needs k ≥ 1 and m ≥ 1, got k=${redundancy.k} m=${redundancy.m}`);
  }
  return (redundancy.k + redundancy.m) / redundancy.k;
}

/** Chunks (or copies) each object is stored as: size, or k+m. Also the failure domains a pool needs. */
export function cephWidth(redundancy: CephRedundancy): number {
  return redundancy.kind === 'replicated' ? redundancy.size : redundancy.k + redundancy.m;
}

/** Data a pool can store before raw use reaches `fillRatio` of `raw` (full ratio → "usable"). */
export function cephUsable(raw: Bytes, fillRatio: Ratio, redundancy: CephRedundancy): Bytes {
  return bytes((raw * fillRatio) / cephOverhead(redundancy));
}

/**
 * Ceph's own headroom method: max operating capacity = raw × full_ratio − raw of the OSDs expected
 * to fail; divided by raw it gives the ratio to run at. https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/ ("Storage Capacity")
 */
export function cephOperatingCapacity(raw: Bytes, fullRatio: Ratio, expectedFailedRaw: Bytes): { readonly capacity: Bytes; readonly ratio: number } {
  const capacity = bytes(raw * fullRatio - expectedFailedRaw);
  return { capacity, ratio: capacity / raw };
}
