// Reference vectors: /work/shared/reference/domain.md §1 (Z1–Z11), from openzfs/zfs vdev_raidz.c
// vdev_raidz_asize() and https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html
import { describe, expect, it } from 'vitest';
import { raidzAllocation } from '../../../src/calc/zfs/raidz-allocation.js';
import { bytes, KiB } from '../../../src/model/quantities.js';

describe('raidzAllocation (vdev_raidz_asize)', () => {
  it.each([
    // id, parity, cols, block, data, parity sectors, total sectors, efficiency
    ['Z1', 1, 3, 4 * KiB, 1, 1, 2, 0.5],
    ['Z2', 1, 3, 128 * KiB, 32, 16, 48, 2 / 3],
    ['Z3', 2, 6, 128 * KiB, 32, 16, 48, 2 / 3],
    ['Z5', 2, 6, 8 * KiB, 2, 2, 6, 1 / 3],
    ['Z6', 2, 6, 16 * KiB, 4, 2, 6, 2 / 3],
    ['Z7', 1, 4, 8 * KiB, 2, 1, 4, 0.5],
    ['Z8', 1, 4, 128 * KiB, 32, 11, 44, 32 / 44],
    ['Z10', 3, 11, 128 * KiB, 32, 12, 44, 32 / 44],
    ['Z11', 3, 12, 4 * KiB, 1, 3, 4, 0.25],
  ] as const)('%s: raidz%d of %d disks, %d-byte block', (_id, parity, cols, block, data, paritySectors, total, efficiency) => {
    const allocation = raidzAllocation(bytes(block), 12, cols, parity);
    expect(allocation.dataSectors).toBe(data);
    expect(allocation.paritySectors).toBe(paritySectors);
    expect(allocation.totalSectors).toBe(total);
    expect(allocation.paddingSectors).toBe(total - data - paritySectors);
    expect(allocation.asize).toBe(total * 4096);
    expect(allocation.efficiency).toBeCloseTo(efficiency, 12);
  });

  it('Z2: 128K on a 3-wide raidz1 takes 192 KiB, the doc\'s "66%" usable ratio', () => {
    expect(raidzAllocation(bytes(128 * KiB), 12, 3, 1).asize).toBe(192 * KiB);
  });

  it('Z5x trap: 8K on a 6-wide raidz2 takes 24 KiB with padding, not the PVE docs\' simplified 16 KiB', () => {
    expect(raidzAllocation(bytes(8 * KiB), 12, 6, 2).asize).toBe(24 * KiB);
    expect(raidzAllocation(bytes(8 * KiB), 12, 6, 2).asize).not.toBe(16 * KiB);
  });

  it('Z8: the efficiency falls short of the ideal (n−p)/n = 0.75 because of padding', () => {
    expect(raidzAllocation(bytes(128 * KiB), 12, 4, 1).efficiency).toBeLessThan(0.75);
  });

  it('rounds a partial sector up and pads with ashift 9', () => {
    const allocation = raidzAllocation(bytes(1000), 9, 5, 1);
    expect(allocation).toMatchObject({ dataSectors: 2, paritySectors: 1, totalSectors: 4, asize: 2048 });
  });

  it('rejects a vdev too narrow for its parity', () => {
    expect(() => raidzAllocation(bytes(4096), 12, 2, 2)).toThrow(RangeError);
    expect(() => raidzAllocation(bytes(0), 12, 4, 1)).toThrow(RangeError);
  });
});
