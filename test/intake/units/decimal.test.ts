import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, decimalPattern, exact, multiply, readDecimal, toNumber } from '../../../src/intake/units/decimal.js';

const wholeDecimal = new RegExp(`^(?:${decimalPattern})$`, 'u');

describe('decimalPattern', () => {
  it.each(['0', '12', '1,000', '12,345,678.5', '2.5', '.5', '1e9', '1E-3', '2.5e+3'])('accepts %s', (text) => {
    expect(wholeDecimal.test(text)).toBe(true);
  });
  it.each(['', '1,00', '1.200,50', '1,0000', '.', '1.', 'e5', '-1', '1 000'])('rejects %j', (text) => {
    expect(wholeDecimal.test(text)).toBe(false);
  });
});

describe('exact decimal arithmetic', () => {
  it('reads digits, grouping commas and exponents exactly', () => {
    expect(readDecimal('1,234.50')).toEqual({ coefficient: 123450n, exponent: -2 });
    expect(readDecimal('2.5e3')).toEqual({ coefficient: 25n, exponent: 2 });
    expect(toNumber(readDecimal('.5'))).toBe(0.5);
  });

  it('scales without floating-point drift', () => {
    // 1.1 * 3600 is 3960.0000000000005 in floating point; the exact product is 3960.
    expect(1.1 * 3600).not.toBe(3960);
    expect(toNumber(multiply(readDecimal('1.1'), exact(3600n)))).toBe(3960);
    expect(toNumber(multiply(readDecimal('1.92'), exact(1n, 12)))).toBe(1.92e12);
    expect(toNumber(multiply(readDecimal('0.07'), exact(1n, 9)))).toBe(7e7);
  });

  it('adds terms with different exponents exactly', () => {
    expect(toNumber(add(readDecimal('0.1'), readDecimal('0.2')))).toBe(0.3);
    expect(toNumber(add(exact(1n, 3), readDecimal('0.001')))).toBe(1000.001);
  });

  it('clamps absurd exponents instead of building huge integers', () => {
    expect(toNumber(readDecimal('1e999999999999'))).toBe(Number.POSITIVE_INFINITY);
    expect(toNumber(readDecimal('1e-999999999999'))).toBe(0);
  });

  it('agrees with Number() for every decimal Number() can read', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), (value) => {
        expect(toNumber(readDecimal(String(value)))).toBe(value);
      }),
    );
  });
});
