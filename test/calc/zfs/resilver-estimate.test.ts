// Resilver model (/work/shared/reference/domain.md §1 formula 8, an engine estimate "D"):
// t ≈ bytes on the failed device / min(new disk write rate, survivors' read rate).
import { describe, expect, it } from 'vitest';
import { resilverSeconds } from '../../../src/calc/zfs/resilver-estimate.js';
import { bytes, TB } from '../../../src/model/quantities.js';

describe('resilverSeconds', () => {
  it('a mirror copies the whole used space to the new disk', () => {
    expect(resilverSeconds({ layout: 'mirror', disks: 2, usedOnVdev: bytes(5 * TB), deflateRatio: 512, diskRate: 100e6 })).toBe(50_000);
  });

  it('a raidz1 column holds used × 512/ratio / disks', () => {
    const used = 14.2 * TB;
    const expected = (used * 512) / 372 / 4 / 100e6;
    expect(resilverSeconds({ layout: 'raidz1', disks: 4, usedOnVdev: bytes(used), deflateRatio: 372, diskRate: 100e6 })).toBeCloseTo(expected, 6);
  });

  it('rejects a zero rate', () => {
    expect(() => resilverSeconds({ layout: 'mirror', disks: 2, usedOnVdev: bytes(1), deflateRatio: 512, diskRate: 0 })).toThrow(RangeError);
  });
});
