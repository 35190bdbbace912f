// Reference vector Z12 (/work/shared/reference/domain.md §1): openzfs/zfs vdev.c vdev_set_deflate_ratio().
import { describe, expect, it } from 'vitest';
import { deflateRatio, deflatedSpace } from '../../../src/calc/zfs/deflate-ratio.js';
import { bytes, TB } from '../../../src/model/quantities.js';

describe('deflateRatio (Z12)', () => {
  it.each([
    ['raidz1', 3, 341],
    ['raidz1', 4, 372],
    ['raidz1', 5, 409],
    ['raidz2', 6, 341],
    ['raidz2', 8, 364],
    ['raidz2', 10, 390],
    ['raidz3', 11, 372],
    ['raidz2', 4, 248],
    ['mirror', 2, 512],
    ['stripe', 1, 512],
  ] as const)('%s of %d disks at ashift 12 → %d/512', (layout, cols, expected) => {
    expect(deflateRatio(layout, cols, 12)).toBe(expected);
  });

  it('Z12: the ratios as fractions match the table (0.72656 for raidz1 w4)', () => {
    expect(deflateRatio('raidz1', 4, 12) / 512).toBeCloseTo(0.72656, 5);
    expect(deflateRatio('raidz2', 4, 12) / 512).toBeCloseTo(0.48438, 5);
  });

  it('deflated space is (raw >> 9) × ratio, in whole 512-byte units', () => {
    expect(deflatedSpace(bytes(32 * TB), 372)).toBe(Math.floor((32 * TB) / 512) * 372);
    expect(deflatedSpace(bytes(1023), 512)).toBe(512);
  });
});
