/**
 * Default min_size of a Ceph pool: size − size/2 (integer division) for replicated pools
 * (osd_pool_default_min_size 0, https://docs.ceph.com/en/latest/rados/configuration/pool-pg-config-ref/),
 * k + min(1, m − 1) for erasure-coded ones (ceph/ceph src/mon/OSDMonitor.cc prepare_pool_size;
 * https://pve.proxmox.com/pve-docs/chapter-pveceph.html).
 */
import type { CephRedundancy } from './ceph-pool-capacity.js';

/** The min_size Ceph gives a new pool. */
export function defaultCephMinSize(redundancy: CephRedundancy): number {
  if (redundancy.kind === 'replicated') return redundancy.size - Math.floor(redundancy.size / 2);
  return redundancy.k + Math.min(1, redundancy.m - 1);
}
