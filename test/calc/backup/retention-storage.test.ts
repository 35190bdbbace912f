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

  it('incremental, daily job: full + changes × (points − 1), each older point holding one day of changes', () => {
    // daily 7, weekly 4, monthly 3 = 14 points; the newest is the full, 13 older points × 25 GB.
    const result = retentionStorage({ model: 'incremental', policy: { daily: 7, weekly: 4, monthly: 3 }, fullSize: bytes(620 * GB), changePerDay: bytes(25 * GB), runInterval: day });
    expect(result.points).toBe(14);
    expect(result.storage).toBe(620 * GB + 13 * 25 * GB);
  });

  it('incremental, weekly job: each older point holds a week of changes, at most one full', () => {
    const week = seconds(7 * 86_400);
    expect(retentionStorage({ model: 'incremental', policy: { weekly: 4, monthly: 2 }, fullSize: bytes(1000 * GB), changePerDay: bytes(10 * GB), runInterval: week }).storage)
      .toBe(1000 * GB + (3 + 2) * 70 * GB);
    expect(retentionStorage({ model: 'incremental', policy: { weekly: 3 }, fullSize: bytes(100 * GB), changePerDay: bytes(20 * GB), runInterval: week }).storage)
      .toBe(100 * GB + 2 * 100 * GB);
  });

  it('hourly points of an hourly job hold an hour of changes, its daily points a day; a daily job\'s hourly points a day', () => {
    const hourly = retentionStorage({ model: 'incremental', policy: { hourly: 24, daily: 7 }, fullSize: bytes(1000 * GB), changePerDay: bytes(24 * GB), runInterval: seconds(3600) });
    expect(hourly.storage).toBeCloseTo(1000 * GB + 23 * GB + 7 * 24 * GB, 0);
    const daily = retentionStorage({ model: 'incremental', policy: { hourly: 24 }, fullSize: bytes(1000 * GB), changePerDay: bytes(24 * GB), runInterval: day });
    expect(daily.storage).toBeCloseTo(1000 * GB + 23 * 24 * GB, 0);
  });

  it('refuses a policy that keeps nothing, and the incremental model without a change rate', () => {
    expect(() => retentionStorage({ model: 'full-every-run', policy: {}, fullSize: bytes(1), runInterval: day })).toThrow(RangeError);
    expect(() => retentionStorage({ model: 'incremental', policy: { daily: 1 }, fullSize: bytes(1), runInterval: day })).toThrow(RangeError);
  });
});
