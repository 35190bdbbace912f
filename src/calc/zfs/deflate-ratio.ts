/**
 * The per-vdev "deflate ratio" that `zfs list` and `df` use to report space: the efficiency of one
 * 128 KiB block on the vdev, in units of 1/512, whatever the real recordsize. Small blocks on RAIDZ
 * therefore use more space than `zfs list` predicts.
 * Source: openzfs/zfs module/zfs/vdev.c vdev_set_deflate_ratio(), vdev_deflated_space()
 * (https://github.com/openzfs/zfs/blob/master/module/zfs/vdev.c).
 */
import { bytes, type Bytes } from '../../model/quantities.js';
import { raidzAllocation } from './raidz-allocation.js';
import { raidzParity, type ZfsVdevLayout } from './vdev-layout.js';

/** SPA_OLD_MAXBLOCKSIZE: the block size the deflate ratio is fixed at (128 KiB). */
export const DEFLATE_BLOCK_SIZE = 131_072;
/** SPA_MINBLOCKSIZE: the ratio is in units of 1/512. */
export const DEFLATE_UNIT = 512;

/** The integer deflate ratio of a vdev (512 means 1.0): floor(131072 / (asize(131072) >> 9)). */
export function deflateRatio(layout: ZfsVdevLayout, cols: number, ashift: number): number {
  const parity = raidzParity(layout);
  if (parity === 0) return DEFLATE_UNIT;
  const asize = raidzAllocation(bytes(DEFLATE_BLOCK_SIZE), ashift, cols, parity).asize;
  return Math.floor(DEFLATE_BLOCK_SIZE / Math.floor(asize / DEFLATE_UNIT));
}

/** Space a vdev of `rawBytes` reports to `zfs list`: (raw >> 9) × deflate ratio. */
export function deflatedSpace(rawBytes: Bytes, ratio: number): Bytes {
  return bytes(Math.floor(rawBytes / DEFLATE_UNIT) * ratio);
}
