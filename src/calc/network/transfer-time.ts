/** How long moving a number of bytes takes at a given goodput. */
import type { BitsPerSecond, Bytes, Seconds } from '../../model/quantities.js';
import { seconds } from '../../model/quantities.js';

/**
 * t = bytes × 8 / goodput (reference N11). A lower bound on the time: disks, CPU, compression and
 * protocols above TCP (SMB, NFS, HTTPS) are not modelled.
 */
export function transferTime(size: Bytes, goodput: BitsPerSecond): Seconds {
  if (!(goodput > 0)) throw new RangeError('goodput must be positive');
  if (!(size >= 0)) throw new RangeError('size must not be negative');
  return seconds((size * 8) / goodput);
}
