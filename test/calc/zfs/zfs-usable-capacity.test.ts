// Pool capacity = Σ vdev dspace − slop (/work/shared/reference/domain.md §1 formulas 2–4, Z12–Z14, Z18).
import { describe, expect, it } from 'vitest';
import { zfsPoolCapacity } from '../../../src/calc/zfs/zfs-usable-capacity.js';
import { draidMinimumAllocation } from '../../../src/calc/zfs/draid-allocation.js';
import { bytes, GiB, KiB, TB, TiB } from '../../../src/model/quantities.js';

const disks = (count: number, size: number) => Array.from({ length: count }, () => bytes(size));

describe('zfsPoolCapacity', () => {
  it('4 × 8 TB raidz1, ashift 12: (raw >> 9) × 372 − 128 GiB slop ≈ 21.02 TiB', () => {
    const pool = zfsPoolCapacity([{ layout: 'raidz1', diskSizes: disks(4, 8 * TB) }], 12);
    const dspace = Math.floor((32 * TB) / 512) * 372;
    expect(pool.raw).toBe(32 * TB);
    expect(pool.dspace).toBe(dspace);
    expect(pool.slop).toBe(128 * GiB);
    expect(pool.usable).toBe(dspace - 128 * GiB);
    expect(pool.usable / TiB).toBeCloseTo(21.02, 2);
    expect(pool.faultTolerance).toBe(1);
  });

  it('6 × 8 TB raidz2: ratio 341, tolerance 2', () => {
    const pool = zfsPoolCapacity([{ layout: 'raidz2', diskSizes: disks(6, 8 * TB) }], 12);
    expect(pool.vdevs[0]?.deflateRatio).toBe(341);
    expect(pool.usable).toBe(Math.floor((48 * TB) / 512) * 341 - 128 * GiB);
    expect(pool.faultTolerance).toBe(2);
  });

  it('a 2-way mirror of 12 TB disks holds one disk less 1/32 slop', () => {
    const pool = zfsPoolCapacity([{ layout: 'mirror', diskSizes: disks(2, 12 * TB) }], 12);
    expect(pool.raw).toBe(24 * TB);
    expect(pool.dspace).toBe(12 * TB);
    expect(pool.slop).toBe(128 * GiB);
    expect(pool.faultTolerance).toBe(1);
  });

  it('a mixed mirror is as large as its smaller disk; a stripe of n disks is n vdevs', () => {
    expect(zfsPoolCapacity([{ layout: 'mirror', diskSizes: [bytes(4 * TB), bytes(8 * TB)] }], 12).dspace).toBe(4 * TB);
    const stripe = zfsPoolCapacity([{ layout: 'stripe', diskSizes: disks(3, 1 * TB) }], 12);
    expect(stripe.vdevs).toHaveLength(3);
    expect(stripe.dspace).toBe(3 * TB);
    expect(stripe.faultTolerance).toBe(0);
  });

  it('two raidz2 vdevs add their dspace and tolerate 2 (the weakest vdev)', () => {
    const one = zfsPoolCapacity([{ layout: 'raidz2', diskSizes: disks(6, 4 * TB) }], 12);
    const two = zfsPoolCapacity([{ layout: 'raidz2', diskSizes: disks(6, 4 * TB) }, { layout: 'mirror', diskSizes: disks(2, 4 * TB) }], 12);
    expect(two.dspace).toBe(one.dspace + 4 * TB);
    expect(two.faultTolerance).toBe(1);
  });

  it('Z18: drive sizes in TiB (4 / 16 / 18 TB = 3.638 / 14.552 / 16.371 TiB)', () => {
    expect((4 * TB) / TiB).toBeCloseTo(3.638, 3);
    expect((16 * TB) / TiB).toBeCloseTo(14.552, 3);
    expect((18 * TB) / TiB).toBeCloseTo(16.371, 3);
  });

  it('Z19: dRAID with D=8 and 4K sectors allocates at least 32 KiB', () => {
    expect(draidMinimumAllocation(8, 12)).toBe(32 * KiB);
  });

  it('rejects too few disks for the layout', () => {
    expect(() => zfsPoolCapacity([{ layout: 'mirror', diskSizes: disks(1, TB) }], 12)).toThrow(RangeError);
    expect(() => zfsPoolCapacity([], 12)).toThrow(RangeError);
  });
});
