import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kOfNAvailability, kOfNIdentical, parallelAvailability, seriesAvailability } from '../../../src/calc/availability/composition.js';
import { availabilityForDowntime, downtimePerYear, nines } from '../../../src/calc/availability/downtime.js';
import { availabilityFromMtbf } from '../../../src/calc/availability/repairable.js';
import { ratio, seconds } from '../../../src/model/quantities.js';

describe('availability (domain.md §7)', () => {
  it('AV1: 99 … 99.99999 % allow 3.65 days / 8.76 h / 52.56 min / 5.26 min / 31.5 s / 3.15 s per year', () => {
    expect(downtimePerYear(ratio(0.99)) / 86_400).toBeCloseTo(3.65, 9);
    expect(downtimePerYear(ratio(0.999)) / 3600).toBeCloseTo(8.76, 9);
    expect(downtimePerYear(ratio(0.9999)) / 60).toBeCloseTo(52.56, 6);
    expect((downtimePerYear(ratio(0.99999)) / 60).toFixed(2)).toBe('5.26');
    expect(downtimePerYear(ratio(0.999999)).toFixed(1)).toBe('31.5');
    expect(downtimePerYear(ratio(0.9999999)).toFixed(2)).toBe('3.15');
  });

  it('AV1 inverse: 8.76 h of downtime a year is 99.9 %, three nines', () => {
    expect(availabilityForDowntime(seconds(8.76 * 3600))).toBeCloseTo(0.999, 12);
    expect(nines(ratio(0.999))).toBeCloseTo(3, 9);
  });

  it('AV3: MTBF 10,000 h and MTTR 24 h give A = 0.997606', () => {
    expect(availabilityFromMtbf(seconds(10_000), seconds(24)).toFixed(6)).toBe('0.997606');
  });

  it('AV4: two components at 0.999 are 0.998001 in series and 0.999999 in parallel', () => {
    expect(seriesAvailability([ratio(0.999), ratio(0.999)])).toBeCloseTo(0.998001, 12);
    expect(parallelAvailability([ratio(0.999), ratio(0.999)])).toBeCloseTo(0.999999, 12);
  });

  it('k-of-n agrees with the binomial sum for identical components and reduces to series and parallel', () => {
    const a = ratio(0.99);
    const three = [a, a, a];
    expect(kOfNAvailability(2, three)).toBeCloseTo(kOfNIdentical(2, 3, a), 14);
    expect(kOfNIdentical(2, 3, a)).toBeCloseTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 14);
    expect(kOfNAvailability(3, three)).toBeCloseTo(seriesAvailability(three), 14);
    expect(kOfNAvailability(1, three)).toBeCloseTo(parallelAvailability(three), 14);
  });

  const availability = fc.double({ min: 0, max: 1, noNaN: true }).map(ratio);
  const components = fc.array(availability, { minLength: 1, maxLength: 6 });

  it('series ≤ min and parallel ≥ max (property)', () => {
    fc.assert(fc.property(components, (list) => {
      expect(seriesAvailability(list)).toBeLessThanOrEqual(Math.min(...list) + 1e-12);
      expect(parallelAvailability(list)).toBeGreaterThanOrEqual(Math.max(...list) - 1e-12);
    }));
  });

  it('never rises when one component\'s availability falls (property)', () => {
    fc.assert(fc.property(components, fc.nat(), availability, fc.nat(), (list, pick, lower, kPick) => {
      const index = pick % list.length;
      const original = list[index] ?? 0;
      const worse = list.map((a, i) => (i === index ? ratio(Math.min(a, lower)) : a));
      expect(worse[index]).toBeLessThanOrEqual(original);
      const k = 1 + (kPick % list.length);
      expect(seriesAvailability(worse)).toBeLessThanOrEqual(seriesAvailability(list) + 1e-12);
      expect(parallelAvailability(worse)).toBeLessThanOrEqual(parallelAvailability(list) + 1e-12);
      expect(kOfNAvailability(k, worse)).toBeLessThanOrEqual(kOfNAvailability(k, list) + 1e-12);
    }));
  });
});
