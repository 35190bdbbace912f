/**
 * Usable capacity and fault tolerance of classic RAID arrays (Linux md, hardware controllers) and
 * Synology Hybrid RAID. Filesystem overhead is not modelled.
 * - RAID 0/1/5/6/10: every member counts as large as the smallest (md near-2 layout for RAID 10:
 *   n × smallest / 2). https://raid.wiki.kernel.org/index.php/RAID_setup
 * - SHR / SHR-2: Synology splits disks into layers of equal size and builds RAID 5/6 (or 1) per
 *   layer, so usable = Σ over layers of layer height × (disks in the layer − redundancy), which
 *   equals Σ sizes − the 1 (SHR) or 2 (SHR-2) largest disks; with identical disks it equals RAID 5/6.
 *   A one-disk SHR has no redundancy and gives the whole disk.
 *   https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR,
 *   https://www.synology.com/en-global/support/RAID_calculator
 */
import { bytes, type Bytes } from '../../model/quantities.js';

export const raidLevels = ['raid0', 'raid1', 'raid5', 'raid6', 'raid10', 'shr', 'shr2'] as const;
export type RaidLevel = (typeof raidLevels)[number];

/** Fewest disks each level accepts (SHR-2 needs 4 on Synology; md accepts RAID 10 on 2). */
export const RAID_MINIMUM_DISKS: Readonly<Record<RaidLevel, number>> = {
  raid0: 1,
  raid1: 2,
  raid5: 3,
  raid6: 4,
  raid10: 2,
  shr: 1,
  shr2: 4,
};

/** Usable bytes of an array of `level` over disks of `sizes`. Throws RangeError below the level's minimum disk count. */
export function raidUsableCapacity(level: RaidLevel, sizes: readonly Bytes[]): Bytes {
  const count = sizes.length;
  if (count < RAID_MINIMUM_DISKS[level]) throw new RangeError(`${level} needs at least ${RAID_MINIMUM_DISKS[level]} disks, got ${count}`);
  const smallest = Math.min(...sizes);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const descending = [...sizes].sort((a, b) => b - a);
  switch (level) {
    case 'raid0':
      return bytes(total);
    case 'raid1':
      return bytes(smallest);
    case 'raid5':
      return bytes((count - 1) * smallest);
    case 'raid6':
      return bytes((count - 2) * smallest);
    case 'raid10':
      return bytes((count * smallest) / 2);
    case 'shr':
      return count === 1 ? bytes(total) : bytes(total - (descending[0] ?? 0));
    case 'shr2':
      return bytes(total - (descending[0] ?? 0) - (descending[1] ?? 0));
  }
}

/** Disks the array is guaranteed to survive losing (RAID 10: one; a second may or may not be fatal). */
export function raidFaultTolerance(level: RaidLevel, disks: number): number {
  switch (level) {
    case 'raid0':
      return 0;
    case 'raid1':
      return Math.max(0, disks - 1);
    case 'raid5':
      return 1;
    case 'raid6':
      return 2;
    case 'raid10':
      return 1;
    case 'shr':
      return disks > 1 ? 1 : 0;
    case 'shr2':
      return 2;
  }
}
