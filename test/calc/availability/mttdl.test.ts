import { describe, expect, it } from 'vitest';
import { doubleParityMttdl, mirrorMttdl, parallelMttfWithoutRepair, seriesMttf, singleParityMttdl } from '../../../src/calc/availability/mttdl.js';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('MTTDL (domain.md §7)', () => {
  it('MT1: 5 disks of 6,000,000 h in series fail every 1,200,000 h', () => {
    expect(seriesMttf(6e6, 5)).toBe(1.2e6);
  });

  it('MT2: a mirror of 6,000,000 h disks repaired in 120 h loses data every 1.5 × 10^11 h', () => {
    expect(mirrorMttdl(6e6, 120)).toBeCloseTo(1.5e11, 0);
  });

  it('MT3: 2 / 3 / 4 identical devices in parallel without repair last 3/2 / 11/6 / 25/12 × MTTF', () => {
    expect(parallelMttfWithoutRepair(1, 2)).toBeCloseTo(3 / 2, 14);
    expect(parallelMttfWithoutRepair(1, 3)).toBeCloseTo(11 / 6, 14);
    expect(parallelMttfWithoutRepair(1, 4)).toBeCloseTo(25 / 12, 14);
  });

  it('MT4: RAID5 of 10 × 100,000 h drives, 24 h rebuild: first failure every 10,000 h, MTTDL 4.63 × 10^6 h', () => {
    expect(seriesMttf(1e5, 10)).toBe(1e4);
    // The second failure must hit one of the 9 survivors within the rebuild window: 100,000 / 9 = 11,111 h.
    expect((1e5 / 9).toFixed(0)).toBe('11111');
    expect(relative(singleParityMttdl(1e5, 10, 24), 4.63e6)).toBeLessThan(1e-3);
  });

  it('MT6: N = 4 / 6 reproduce with MTTF 10^6 h and MTTR 24 h (the table\'s "same" is not MT4\'s 10^5 h)', () => {
    // The table prints three significant figures.
    expect(singleParityMttdl(1e6, 4, 24).toPrecision(3)).toBe('3.47e+9');
    expect(singleParityMttdl(1e6, 6, 24).toPrecision(3)).toBe('1.39e+9');
    expect(doubleParityMttdl(1e6, 4, 24).toPrecision(3)).toBe('7.23e+13');
    expect(doubleParityMttdl(1e6, 6, 24).toPrecision(3)).toBe('1.45e+13');
    expect(singleParityMttdl(1e5, 4, 24).toPrecision(3)).not.toBe('3.47e+9');
  });
});
