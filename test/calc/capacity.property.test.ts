// Properties of the capacity calculators (STYLE.md "Properties"): usable ≤ raw; more parity never
// increases usable; adding a disk never decreases usable; RAIDZ-p survives exactly p failures;
// slop stays within its bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zfsPoolCapacity, type ZfsVdevSpec } from '../../src/calc/zfs/zfs-usable-capacity.js';
import { slopSpace, SPA_MAX_SLOP, SPA_MIN_SLOP } from '../../src/calc/zfs/slop-space.js';
import { vdevFaultTolerance } from '../../src/calc/zfs/vdev-fault-tolerance.js';
import { raidzAllocation } from '../../src/calc/zfs/raidz-allocation.js';
import { minimumVdevDisks, raidzParity, zfsVdevLayouts, type ZfsVdevLayout } from '../../src/calc/zfs/vdev-layout.js';
import { raidLevels, RAID_MINIMUM_DISKS, raidUsableCapacity } from '../../src/calc/raid/raid-usable-capacity.js';
import { cephUsable } from '../../src/calc/ceph/ceph-pool-capacity.js';
import { bytes, GB, ratio, TB } from '../../src/model/quantities.js';

const diskSize = fc.integer({ min: 1, max: 24_000 }).map((gb) => bytes(gb * GB));
const ashift = fc.integer({ min: 9, max: 13 });

const vdev: fc.Arbitrary<ZfsVdevSpec> = fc
  .constantFrom(...zfsVdevLayouts)
  .chain((layout) => fc.array(diskSize, { minLength: minimumVdevDisks(layout), maxLength: 12 }).map((diskSizes) => ({ layout, diskSizes })));

describe('ZFS capacity properties', () => {
  it('usable ≤ dspace ≤ raw for any pool', () => {
    fc.assert(
      fc.property(fc.array(vdev, { minLength: 1, maxLength: 4 }), ashift, (vdevs, shift) => {
        const pool = zfsPoolCapacity(vdevs, shift);
        expect(pool.usable).toBeLessThanOrEqual(pool.dspace);
        expect(pool.dspace).toBeLessThanOrEqual(pool.raw);
        expect(pool.usable).toBeGreaterThan(0);
      }),
    );
  });

  it('more parity never increases usable capacity (same disks, raidz1 ≥ raidz2 ≥ raidz3)', () => {
    fc.assert(
      fc.property(fc.array(diskSize, { minLength: 4, maxLength: 16 }), ashift, (disks, shift) => {
        const usable = (layout: ZfsVdevLayout) => zfsPoolCapacity([{ layout, diskSizes: disks }], shift).usable;
        expect(usable('raidz2')).toBeLessThanOrEqual(usable('raidz1'));
        expect(usable('raidz3')).toBeLessThanOrEqual(usable('raidz2'));
      }),
    );
  });

  it('more parity never allocates less for a block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 16 }), fc.integer({ min: 1, max: 16 * 1024 * 1024 }), ashift, (cols, psize, shift) => {
        const asize = (parity: number) => raidzAllocation(bytes(psize), shift, cols, parity).asize;
        expect(asize(1)).toBeLessThanOrEqual(asize(2));
        expect(asize(2)).toBeLessThanOrEqual(asize(3));
      }),
    );
  });

  it('adding a vdev never decreases usable capacity', () => {
    fc.assert(
      fc.property(fc.array(vdev, { minLength: 1, maxLength: 3 }), vdev, ashift, (vdevs, extra, shift) => {
        expect(zfsPoolCapacity([...vdevs, extra], shift).usable).toBeGreaterThanOrEqual(zfsPoolCapacity(vdevs, shift).usable);
      }),
    );
  });

  it('slop is at least min(half, 128 MiB), at most half the pool and at most 128 GiB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 52 }), (dspace) => {
        const slop = slopSpace(bytes(dspace));
        expect(slop).toBeLessThanOrEqual(Math.floor(dspace / 2));
        expect(slop).toBeLessThanOrEqual(SPA_MAX_SLOP);
        expect(slop).toBeGreaterThanOrEqual(Math.min(Math.floor(dspace / 2), SPA_MIN_SLOP));
        if (dspace >= 2 * SPA_MIN_SLOP) expect(slop).toBeGreaterThanOrEqual(SPA_MIN_SLOP);
      }),
    );
  });
});

/**
 * Brute-force survival of a RAIDZ-p vdev of n disks: a block's row spans d data + p parity columns
 * (1 ≤ d ≤ n − p) starting at any column; it is lost when more than p of its columns failed.
 */
function raidzSurvives(disks: number, parity: number, failed: ReadonlySet<number>): boolean {
  for (let start = 0; start < disks; start += 1) {
    for (let width = parity + 1; width <= disks; width += 1) {
      let lost = 0;
      for (let column = 0; column < width; column += 1) if (failed.has((start + column) % disks)) lost += 1;
      if (lost > parity) return false;
    }
  }
  return true;
}

describe('fault tolerance properties', () => {
  it('a RAIDZ-p or mirror vdev survives exactly its tolerated failures', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ZfsVdevLayout>('mirror', 'raidz1', 'raidz2', 'raidz3').chain((layout) =>
          fc.integer({ min: minimumVdevDisks(layout), max: 10 }).chain((disks) =>
            fc.record({ layout: fc.constant(layout), disks: fc.constant(disks), failed: fc.uniqueArray(fc.integer({ min: 0, max: disks - 1 }), { maxLength: disks }) }),
          ),
        ),
        ({ layout, disks, failed }) => {
          const failedSet = new Set(failed);
          const survives = layout === 'mirror' ? failedSet.size < disks : raidzSurvives(disks, raidzParity(layout), failedSet);
          expect(survives).toBe(failedSet.size <= vdevFaultTolerance(layout, disks));
        },
      ),
    );
  });
});

describe('RAID and Ceph properties', () => {
  it('RAID usable ≤ raw, and adding a disk at least as large as the largest never decreases it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...raidLevels), fc.array(diskSize, { minLength: 4, maxLength: 12 }), diskSize, (level, disks, extraSize) => {
        const raw = disks.reduce((sum, size) => sum + size, 0);
        const usable = raidUsableCapacity(level, disks);
        expect(usable).toBeLessThanOrEqual(raw);
        const extra = bytes(Math.max(extraSize, ...disks));
        expect(raidUsableCapacity(level, [...disks, extra])).toBeGreaterThanOrEqual(usable);
        expect(disks.length).toBeGreaterThanOrEqual(RAID_MINIMUM_DISKS[level]);
      }),
    );
  });

  it('RAID: more redundancy never increases usable (raid0 ≥ raid5 ≥ raid6, shr ≥ shr2)', () => {
    fc.assert(
      fc.property(fc.array(diskSize, { minLength: 4, maxLength: 12 }), (disks) => {
        expect(raidUsableCapacity('raid5', disks)).toBeLessThanOrEqual(raidUsableCapacity('raid0', disks));
        expect(raidUsableCapacity('raid6', disks)).toBeLessThanOrEqual(raidUsableCapacity('raid5', disks));
        expect(raidUsableCapacity('shr2', disks)).toBeLessThanOrEqual(raidUsableCapacity('shr', disks));
        expect(raidUsableCapacity('raid5', disks)).toBeLessThanOrEqual(raidUsableCapacity('shr', disks));
      }),
    );
  });

  it('Ceph: usable ≤ raw, and more replicas or coding chunks never increase it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (rawTb, size, k, m) => {
        const raw = bytes(rawTb * TB);
        const full = ratio(0.95);
        expect(cephUsable(raw, full, { kind: 'replicated', size })).toBeLessThanOrEqual(raw);
        expect(cephUsable(raw, full, { kind: 'replicated', size: size + 1 })).toBeLessThanOrEqual(cephUsable(raw, full, { kind: 'replicated', size }));
        expect(cephUsable(raw, full, { kind: 'erasure', k, m: m + 1 })).toBeLessThanOrEqual(cephUsable(raw, full, { kind: 'erasure', k, m }));
      }),
    );
  });
});
