/**
 * Minimum counts for a Ceph cluster.
 * - A pool places its copies or chunks on distinct failure domains: it needs `width` of them
 *   (size, or k+m) and one more to heal itself (erasure-code.rst: "operational advantages to… at
 *   least k+m+1"). https://docs.ceph.com/en/latest/rados/operations/erasure-code/
 * - Proxmox VE: "at least three nodes and at least 12 OSDs", "At least three Monitors are needed for
 *   quorum". https://pve.proxmox.com/pve-docs/chapter-pveceph.html
 */
import type { CephRedundancy } from './ceph-pool-capacity.js';
import { cephWidth } from './ceph-pool-capacity.js';

export const PVE_CEPH_MINIMUM_NODES = 3;
export const PVE_CEPH_MINIMUM_OSDS = 12;
export const CEPH_MINIMUM_MONITORS = 3;

/** Failure domains a pool needs to place all copies, and to re-heal after losing one. */
export function cephMinimumFailureDomains(redundancy: CephRedundancy): { readonly toPlace: number; readonly toHeal: number } {
  const width = cephWidth(redundancy);
  return { toPlace: width, toHeal: width + 1 };
}

/** Monitors that may fail while the rest keep quorum (a majority): floor((n − 1) / 2). */
export function monitorFailuresTolerated(monitors: number): number {
  return monitors < 1 ? 0 : Math.floor((monitors - 1) / 2);
}
