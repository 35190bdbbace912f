import { describe, expect, it } from 'vitest';
import { daysToFillLimit, fillRatio } from '../../../src/calc/storage/fill-forecast.js';
import { bytes, ratio, TB, GB } from '../../../src/model/quantities.js';

describe('fill forecast', () => {
  it('days = (capacity × limit − used) / (growth per month / 30)', () => {
    // 10 TB usable, 80 % limit = 8 TB; 5 TB used; 300 GB/month = 10 GB/day → 300 days.
    expect(daysToFillLimit(bytes(5 * TB), bytes(10 * TB), ratio(0.8), bytes(300 * GB))).toBeCloseTo(300, 9);
  });

  it('is 0 past the limit and "never" without growth', () => {
    expect(daysToFillLimit(bytes(9 * TB), bytes(10 * TB), ratio(0.8), bytes(300 * GB))).toBe(0);
    expect(daysToFillLimit(bytes(1 * TB), bytes(10 * TB), ratio(0.8), bytes(0))).toBe('never');
  });

  it('fill is used / capacity', () => {
    expect(fillRatio(bytes(3 * TB), bytes(12 * TB))).toBe(0.25);
    expect(() => fillRatio(bytes(1), bytes(0))).toThrow(RangeError);
  });
});
