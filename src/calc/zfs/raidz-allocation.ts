/**
 * Space one block takes on a RAIDZ vdev, as the allocator computes it: data sectors, parity
 * sectors per row, then padding to a multiple of parity + 1 sectors.
 * Source: openzfs/zfs module/zfs/vdev_raidz.c vdev_raidz_asize()
 * (https://github.com/openzfs/zfs/blob/master/module/zfs/vdev_raidz.c); padding rule: Matt Ahrens,
 * openzfs/zfs PR #5931; https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html
 */
import { bytes, type Bytes } from '../../model/quantities.js';

/** How one block is laid out on a RAIDZ vdev. */
export interface RaidzAllocation {
  readonly dataSectors: number;
  readonly paritySectors: number;
  /** Pad sectors added so the allocation is a multiple of parity + 1. */
  readonly paddingSectors: number;
  readonly totalSectors: number;
  /** Bytes allocated on disk for the block. */
  readonly asize: Bytes;
  /** psize / asize: the share of the allocation that is data. */
  readonly efficiency: number;
}

/**
 * Allocation of a `psize`-byte block on a RAIDZ vdev of `cols` disks with `parity` parity and
 * sectors of 2^ashift bytes. With parity 0 (stripe or mirror child) the block is rounded up to whole
 * sectors.
 */
export function raidzAllocation(psize: Bytes, ashift: number, cols: number, parity: number): RaidzAllocation {
  if (!Number.isSafeInteger(psize) || psize < 1) throw new RangeError(`block size must be a whole number of bytes ≥ 1, got ${psize}`);
  if (!Number.isInteger(ashift) || ashift < 9 || ashift > 16) throw new RangeError(`ashift must be 9…16, got ${ashift}`);
  if (!Number.isInteger(parity) || parity < 0 || parity > 3) throw new RangeError(`parity must be 0…3, got ${parity}`);
  if (!Number.isInteger(cols) || cols < parity + 1) throw new RangeError(`a vdev with parity ${parity} needs at least ${parity + 1} disks, got ${cols}`);
  const sector = 2 ** ashift;
  // s = ((psize - 1) >> ashift) + 1
  const dataSectors = Math.floor((psize - 1) / sector) + 1;
  // s += nparity * ceil(s / (cols - nparity))
  const paritySectors = parity * Math.ceil(dataSectors / (cols - parity));
  const unpadded = dataSectors + paritySectors;
  // asize = roundup(s, nparity + 1) << ashift
  const totalSectors = Math.ceil(unpadded / (parity + 1)) * (parity + 1);
  const asize = bytes(totalSectors * sector);
  return { dataSectors, paritySectors, paddingSectors: totalSectors - unpadded, totalSectors, asize, efficiency: psize / asize };
}
