import { describe, expect, it } from 'vitest';
import { retainedPoints, retentionStorage } from '../../../src/calc/backup/retention-storage.js';
import { bytes, GB, seconds } from '../../../src/model/quantities.js';

const day = seconds(86_400);

describe('retention storage (model stated in retention-storage.ts)', () => {
  it('counts retained points as the sum of the keep options', () => {
    expect(retainedPoints({ daily: 7, weekly: 4 })).toBe(11);
    expect(retainedPoints({})).toBe(0);
  });

  it('vzdump writes a full backup every run: size × points', () => {
    expect(retentionStorage({ model: 'full-every-run', policy: { daily: 7, weekly: 4 }, fullSize: bytes(210 * GB), runInterval: day }))
      .toEqual({ points: 11, storage: 11 * 210 * GB });
  });

  it('incremental: one full + each older point holding its period of changes', () => {
    // daily 7 → 6 older daily points × 1 day; weekly 4 → 4 × 7 days; monthly 3 → 3 × 30 days.
    const result = retentionStorage({ model: 'incremental', policy: { daily: 7, weekly: 4, monthly: 3 }, fullSize: bytes(2000 * GB), changePerDay: bytes(25 * GB), runInterval: day });
    expect(result.points).toBe(14);
    expect(result.storage).toBe(2000 * GB + (6 * 1 + 4 * 7 + 3 * 30) * 25 * GB);
  });

  it('a point never holds more than one full size of changes', () => {
    const result = retentionStorage({ model: 'incremental', policy: { daily: 1, yearly: 2 }, fullSize: bytes(100 * GB), changePerDay: bytes(10 * GB), runInterval: day });
    expect(result.storage).toBe(100 * GB + 2 * 100 * GB);
  });

  it('hourly points of an hourly job hold an hour of changes; of a daily job, a day', () => {
    const hourly = retentionStorage({ model: 'incremental', policy: { hourly: 24 }, fullSize: bytes(1000 * GB), changePerDay: bytes(24 * GB), runInterval: seconds(3600) });
    expect(hourly.storage).toBeCloseTo(1000 * GB + 23 * GB, 0);
    const daily = retentionStorage({ model: 'incremental', policy: { hourly: 24 }, fullSize: bytes(1000 * GB), changePerDay: bytes(24 * GB), runInterval: day });
    expect(daily.storage).toBeCloseTo(1000 * GB + 23 * 24 * GB, 0);
  });

  it('refuses a policy that keeps nothing, and the incremental model without a change rate', () => {
    expect(() => retentionStorage({ model: 'full-every-run', policy: {}, fullSize: bytes(1), runInterval: day })).toThrow(RangeError);
    expect(() => retentionStorage({ model: 'incremental', policy: { daily: 1 }, fullSize: bytes(1), runInterval: day })).toThrow(RangeError);
  });
});
