/**
 * dRAID uses a fixed stripe width, so its smallest allocation is D data sectors (plus parity):
 * "With the default D=8 and 4k disk sectors the minimum allocation size is 32k".
 * https://openzfs.github.io/openzfs-docs/Basic%20Concepts/dRAID%20Howto.html
 */
import { bytes, type Bytes } from '../../model/quantities.js';

/** Default data disks per dRAID redundancy group. */
export const DRAID_DEFAULT_DATA_DISKS = 8;

/** Smallest data allocation on a dRAID vdev: D × 2^ashift. */
export function draidMinimumAllocation(dataDisks: number = DRAID_DEFAULT_DATA_DISKS, ashift = 12): Bytes {
  if (!Number.isInteger(dataDisks) || dataDisks < 1) throw new RangeError(`data disks must be ≥ 1, got ${dataDisks}`);
  return bytes(dataDisks * 2 ** ashift);
}
