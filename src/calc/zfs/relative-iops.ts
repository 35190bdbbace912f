/**
 * Relative random IOPS of a pool layout, in units of one disk. Engine model (D; OpenZFS publishes no
 * formula): every top-level vdev serves about one disk's random writes, a RAIDZ vdev also about one
 * disk's random reads (each block spans the data columns), and a mirror reads from every side. It
 * ranks layouts of the same disks; it does not predict absolute IOPS.
 */
import type { ZfsVdevLayout } from './vdev-layout.js';

export interface RelativeIops {
  readonly read: number;
  readonly write: number;
}

/** Random read and write IOPS of `vdevs`, relative to one disk. */
export function relativeRandomIops(vdevs: readonly { readonly layout: ZfsVdevLayout; readonly disks: number }[]): RelativeIops {
  return {
    read: vdevs.reduce((sum, vdev) => sum + (vdev.layout === 'mirror' ? vdev.disks : vdev.layout === 'stripe' ? vdev.disks : 1), 0),
    write: vdevs.reduce((sum, vdev) => sum + (vdev.layout === 'stripe' ? vdev.disks : 1), 0),
  };
}
