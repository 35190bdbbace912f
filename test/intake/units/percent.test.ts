import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/model/quantities.js';
import { formatPercent, parsePercent } from '../../../src/intake/units/percent.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

describe('parsePercent', () => {
  it.each([
    ['99.9%', 0.999],
    ['80 %', 0.8],
    ['100%', 1],
    ['0%', 0],
    ['99.999%', 0.99999],
    ['12.5 percent', 0.125],
  ] as const)('reads %j as %d', (text, value) => {
    expect(valueOf(parsePercent(text))).toBe(value);
  });

  it.each([0, 0.5, 0.999, 1])('takes the number %d as a ratio', (value) => {
    expect(valueOf(parsePercent(value))).toBe(value);
  });

  it.each([1.5, 99.9, -0.1, Number.NaN])('rejects the number %d, which is not a ratio', (value) => {
    expect(failureOf(parsePercent(value)).hint).toContain(String(value));
  });

  it.each(['', 'abc', '0.999', '99.9', '150%', '-5%', '%', '99.9 %%', '1e400%'])('rejects %j', (text) => {
    expectRejected(parsePercent, text);
  });

  it('tells a ratio written as text from a percentage missing its sign', () => {
    expect(failureOf(parsePercent('0.999')).hint).toContain('give a ratio as a number');
    expect(failureOf(parsePercent('99.9')).hint).toContain('write "99.9%"');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parsePercent);
    expectWellBehavedOnNumbers(parsePercent);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.999, '99.9%'],
    [0.5, '50%'],
    [1, '100%'],
    [0, '0%'],
    [0.123456, '12.35%'],
    [0.99999, '99.999%'],
    [0.9999999, '99.99999%'],
    [1e-7, '0.00001%'],
  ])('prints %d as %j', (value, text) => {
    expect(formatPercent(ratio(value))).toBe(text);
  });

  it('honours explicit digits', () => {
    expect(formatPercent(ratio(0.99999), 1)).toBe('100%');
    expect(formatPercent(ratio(0.123456), 3)).toBe('12.346%');
  });

  it('reads back what it prints, within the printed precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }), (value, digits) => {
        const parsed = valueOf(parsePercent(formatPercent(ratio(value), digits)));
        expect(near(parsed, value, (0.5 * 10 ** -(digits ?? 2)) / 100 + 1e-15)).toBe(true);
      }),
    );
  });
});
