/**
 * Placement-group sizing: the classic baseline (OSDs × 100) / pool width, rounded up to a power of
 * two, and the PGs each OSD carries. Current releases steer users to the autoscaler, which aims at
 * mon_target_pg_per_osd = 100. https://docs.ceph.com/en/latest/rados/operations/placement-groups/
 */
import { CEPH_TARGET_PGS_PER_OSD } from './ceph-defaults.js';

/** The smallest power of two ≥ value (value ≥ 1). */
export function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}

/** Suggested pg_num: ceil(OSDs × target / width) rounded up to a power of two. */
export function suggestedPgCount(osds: number, width: number, targetPerOsd: number = CEPH_TARGET_PGS_PER_OSD): { readonly raw: number; readonly pgs: number } {
  if (!Number.isInteger(osds) || osds < 1) throw new RangeError(`OSDs must be ≥ 1, got ${osds}`);
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`pool width must be ≥ 1, got ${width}`);
  const raw = Math.ceil((osds * targetPerOsd) / width);
  return { raw, pgs: nextPowerOfTwo(raw) };
}

/** PG replicas each OSD holds: pgs × width / OSDs. */
export function pgsPerOsd(pgs: number, width: number, osds: number): number {
  return (pgs * width) / osds;
}
