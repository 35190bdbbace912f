/**
 * Disks a vdev can lose without losing the pool: n − 1 for an n-way mirror, p for RAIDZ-p, 0 for a
 * single disk. A pool is as tolerant as its weakest data vdev, since losing any top-level vdev loses
 * the pool. https://openzfs.github.io/openzfs-docs/man/master/7/zpoolconcepts.7.html
 */
import { raidzParity, type ZfsVdevLayout } from './vdev-layout.js';

/** Disks one vdev of `layout` with `disks` disks can lose. */
export function vdevFaultTolerance(layout: ZfsVdevLayout, disks: number): number {
  if (layout === 'stripe') return 0;
  if (layout === 'mirror') return Math.max(0, disks - 1);
  return raidzParity(layout);
}

/** Disks the weakest of these vdevs can lose (the pool's guaranteed tolerance). */
export function poolFaultTolerance(vdevs: readonly { readonly layout: ZfsVdevLayout; readonly disks: number }[]): number {
  if (vdevs.length === 0) return 0;
  return Math.min(...vdevs.map((vdev) => vdevFaultTolerance(vdev.layout, vdev.disks)));
}
