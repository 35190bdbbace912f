import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupRpo, chainedRpoBound } from '../../../src/calc/backup/recovery-point.js';
import { recoveryTime } from '../../../src/calc/backup/recovery-time.js';
import { parseSchedule } from '../../../src/intake/units/index.js';
import { bitsPerSecond, bytes, GiB, MiB, seconds } from '../../../src/model/quantities.js';

const schedule = (text: string) => {
  const result = parseSchedule(text);
  if (!result.ok) throw new Error(result.hint);
  return result.value;
};

describe('RPO and RTO (domain.md §4)', () => {
  it('B5: a daily backup at 02:00 that takes 1 h has a worst-case RPO of 25 h', () => {
    const daily = schedule('daily 02:00');
    expect(backupRpo({ longestGap: daily.longestGapSeconds, duration: seconds(3600) })).toBe(25 * 3600);
  });

  it('uses the longest gap, not the interval: weekdays only leaves 3 days over the weekend', () => {
    const weekdays = schedule('mon..fri 22:00');
    expect(weekdays.intervalSeconds).toBe(86_400);
    expect(backupRpo({ longestGap: weekdays.longestGapSeconds, duration: seconds(1800) })).toBe(3 * 86_400 + 1800);
  });

  it('bounds the offsite RPO by T + d + S + s', () => {
    expect(chainedRpoBound([
      { longestGap: seconds(86_400), duration: seconds(3600) },
      { longestGap: seconds(86_400), duration: seconds(2 * 3600) },
    ])).toBe(2 * 86_400 + 3 * 3600);
  });

  it('B7: restoring 500 GiB at 200 MiB/s takes 42.7 min of transfer, plus detect and boot', () => {
    const result = recoveryTime({ size: bytes(500 * GiB), rate: bitsPerSecond(200 * MiB * 8), detect: seconds(300), provision: seconds(0), boot: seconds(300) });
    expect(result.transfer).toBeCloseTo((500 * GiB) / (200 * MiB), 9);
    expect((result.transfer / 60).toFixed(1)).toBe('42.7');
    expect(result.total).toBeCloseTo(result.transfer + 600, 9);
  });

  it('RTO is monotone in the restore size (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e14, noNaN: true }), fc.double({ min: 0, max: 1e14, noNaN: true }), (a, b) => {
      const [small, large] = a <= b ? [a, b] : [b, a];
      const at = (size: number) => recoveryTime({ size: bytes(size), rate: bitsPerSecond(1e9), detect: seconds(60), provision: seconds(0), boot: seconds(60) }).total;
      expect(at(small)).toBeLessThanOrEqual(at(large));
    }));
  });
});
