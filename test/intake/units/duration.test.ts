import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seconds } from '../../../src/model/quantities.js';
import { formatDuration, parseDuration } from '../../../src/intake/units/duration.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

describe('parseDuration', () => {
  it.each([
    ['15m', 900],
    ['24h', 86_400],
    ['7d', 604_800],
    ['2w', 1_209_600],
    ['90s', 90],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['1 hour and 30 minutes', 5400],
    ['1h, 30m', 5400],
    ['2 h 35 min', 9300],
    ['1.5h', 5400],
    ['1.1h', 3960],
    ['0.1h', 360],
    ['500ms', 0.5],
    ['30 minutes', 1800],
    ['1 day', 86_400],
    ['3.2 days', 276_480],
    ['1d 2h 3m 4s 5ms', 93_784.005],
    ['15 MIN', 900],
  ] as const)('reads %j as %d s', (text, value) => {
    expect(valueOf(parseDuration(text))).toBe(value);
  });

  it('takes numbers as seconds', () => {
    expect(valueOf(parseDuration(90))).toBe(90);
  });

  it.each(['', 'abc', '90', '-5m', '30m1h', '1h1h', '1h 30', '5 m extra', '1 month', '1e400s', '5 m,', 'h'])('rejects %j', (text) => {
    expectRejected(parseDuration, text);
  });

  it('asks for a unit rather than guessing one', () => {
    expect(failureOf(parseDuration('90')).hint).toBe('"90" has no unit; write e.g. "90s" or "90m"');
  });

  it('asks for units largest first', () => {
    expect(failureOf(parseDuration('30m1h')).hint).toContain('largest first');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parseDuration);
    expectWellBehavedOnNumbers(parseDuration);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [0.5, '500 ms'],
    [43, '43 s'],
    [4.5, '4.5 s'],
    [59.999, '1 min'],
    [60, '1 min'],
    [3725, '1 h 2 min 5 s'],
    [9300, '2 h 35 min'],
    [3605, '1 h 5 s'],
    [86_399.6, '1 day'],
    [86_400, '1 day'],
    [276_480, '3.2 days'],
    [604_800, '7 days'],
    [-90, '-1 min 30 s'],
  ])('prints %d s as %j', (value, text) => {
    expect(formatDuration(seconds(value))).toBe(text);
  });

  /** The precision formatDuration promises in each range. */
  const printedPrecision = (value: number): number => {
    if (value < 1) return 0.5e-6;
    if (value < 60) return 0.005;
    if (value < 86_400) return 0.5;
    return 0.005 * value;
  };

  it('reads back what it prints, within the printed precision', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), fc.integer({ min: 0, max: 200_000 })), (value) => {
        const parsed = valueOf(parseDuration(formatDuration(seconds(value))));
        expect(near(parsed, value, printedPrecision(value))).toBe(true);
      }),
    );
  });

  it('reads back whole seconds below a day exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399 }), (value) => {
        expect(valueOf(parseDuration(formatDuration(seconds(value))))).toBe(value);
      }),
    );
  });
});
