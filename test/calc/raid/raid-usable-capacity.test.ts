// Classic RAID and Synology SHR capacity. SHR: Σ layers × (disks in layer − redundancy) = Σ sizes − the
// 1 (SHR) / 2 (SHR-2) largest disks; https://www.synology.com/en-global/support/RAID_calculator,
// https://kb.synology.com/en-global/DSM/tutorial/What_is_Synology_Hybrid_RAID_SHR
import { describe, expect, it } from 'vitest';
import { raidFaultTolerance, raidUsableCapacity } from '../../../src/calc/raid/raid-usable-capacity.js';
import { bytes, TB } from '../../../src/model/quantities.js';

const tb = (...sizes: number[]) => sizes.map((size) => bytes(size * TB));

describe('raidUsableCapacity', () => {
  it.each([
    ['raid0', tb(4, 4, 4), 12],
    ['raid1', tb(4, 4), 4],
    ['raid1', tb(4, 8), 4],
    ['raid5', tb(4, 4, 4, 4), 12],
    ['raid5', tb(4, 4, 8), 8],
    ['raid6', tb(4, 4, 4, 4, 4, 4), 16],
    ['raid10', tb(4, 4, 4, 4), 8],
  ] as const)('%s over %j', (level, sizes, expected) => {
    expect(raidUsableCapacity(level, sizes)).toBe(expected * TB);
  });

  it('SHR with identical disks equals RAID 5, SHR-2 equals RAID 6', () => {
    expect(raidUsableCapacity('shr', tb(8, 8, 8, 8))).toBe(raidUsableCapacity('raid5', tb(8, 8, 8, 8)));
    expect(raidUsableCapacity('shr2', tb(8, 8, 8, 8, 8))).toBe(raidUsableCapacity('raid6', tb(8, 8, 8, 8, 8)));
  });

  it('SHR with mixed sizes recovers the larger disks by layers (2+3+4+4 TB → 9 TB, RAID 5 gives 6 TB)', () => {
    // Layers: 2 TB × (4−1) + 1 TB × (3−1) + 1 TB × (2−1) = 6 + 2 + 1 = 9 = 13 − 4.
    expect(raidUsableCapacity('shr', tb(2, 3, 4, 4))).toBe(9 * TB);
    expect(raidUsableCapacity('raid5', tb(2, 3, 4, 4))).toBe(6 * TB);
  });

  it('SHR wastes what only one disk has (1+1+8 TB → 2 TB); SHR-2 what only two have (4+4+8+8 → 8 TB)', () => {
    expect(raidUsableCapacity('shr', tb(1, 1, 8))).toBe(2 * TB);
    expect(raidUsableCapacity('shr2', tb(4, 4, 8, 8))).toBe(8 * TB);
  });

  it('a one-disk SHR has no redundancy and gives the whole disk', () => {
    expect(raidUsableCapacity('shr', tb(8))).toBe(8 * TB);
    expect(raidFaultTolerance('shr', 1)).toBe(0);
  });

  it('rejects too few disks', () => {
    expect(() => raidUsableCapacity('raid5', tb(4, 4))).toThrow(RangeError);
    expect(() => raidUsableCapacity('shr2', tb(4, 4, 4))).toThrow(RangeError);
  });

  it.each([
    ['raid0', 3, 0],
    ['raid1', 3, 2],
    ['raid5', 4, 1],
    ['raid6', 6, 2],
    ['raid10', 4, 1],
    ['shr', 4, 1],
    ['shr2', 5, 2],
  ] as const)('%s of %d disks tolerates %d failures', (level, disks, expected) => {
    expect(raidFaultTolerance(level, disks)).toBe(expected);
  });
});
