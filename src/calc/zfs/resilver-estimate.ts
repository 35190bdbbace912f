/**
 * Time to resilver one replaced disk. OpenZFS documents no formula; this is Kestra's estimate: the
 * bytes the failed disk held divided by the slower of the new disk's write rate and the surviving
 * disks' combined read rate (the survivors read at least one disk's rate, so the new disk's write
 * rate bounds it). Scrub-after-resilver, fragmentation, SMR and load are not modelled.
 * See https://openzfs.github.io/openzfs-docs/man/master/8/zpool-resilver.8.html
 */
import { seconds, type Bytes, type Seconds } from '../../model/quantities.js';
import { DEFLATE_UNIT } from './deflate-ratio.js';
import type { ZfsVdevLayout } from './vdev-layout.js';

export interface ResilverInput {
  readonly layout: ZfsVdevLayout;
  /** Disks in the vdev. */
  readonly disks: number;
  /** Space used on the vdev as `zfs list` counts it (deflated bytes). */
  readonly usedOnVdev: Bytes;
  /** The vdev's deflate ratio in 1/512 units (512 for mirrors and single disks). */
  readonly deflateRatio: number;
  /** Sustained rate one disk reads or writes, bytes per second. */
  readonly diskRate: number;
}

/**
 * Bytes the replacement disk must receive. Each mirror member and a single disk hold everything;
 * a RAIDZ column holds 1/disks of the allocated (inflated) space.
 */
export function bytesOnOneDisk(layout: ZfsVdevLayout, disks: number, usedOnVdev: Bytes, ratio: number): number {
  if (layout === 'mirror' || layout === 'stripe') return usedOnVdev;
  return (usedOnVdev * DEFLATE_UNIT) / ratio / disks;
}

/** Estimated seconds to resilver one disk of the vdev. */
export function resilverSeconds(input: ResilverInput): Seconds {
  if (!(input.diskRate > 0)) throw new RangeError(`disk rate must be positive, got ${input.diskRate}`);
  const survivors = Math.max(1, input.disks - 1);
  const rate = Math.min(input.diskRate, survivors * input.diskRate);
  return seconds(bytesOnOneDisk(input.layout, input.disks, input.usedOnVdev, input.deflateRatio) / rate);
}

/**
 * Sustained rates Kestra assumes for a resilver when the spec gives none, in bytes per second, by disk
 * kind. They are planning figures, deliberately below datasheet maxima (HDD datasheets print about
 * 200–280 MB/s on outer tracks and half that on inner ones; SATA is capped at 600 MB/s), because a
 * healing resilver mixes in random reads. Listed under Assumptions whenever used.
 */
export const ASSUMED_RESILVER_RATE = {
  hdd: 100e6,
  ssd: 300e6,
  nvme: 1000e6,
} as const satisfies Record<'hdd' | 'ssd' | 'nvme', number>;
