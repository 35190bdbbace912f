import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tcpGoodput } from '../../../src/calc/network/ethernet-goodput.js';
import { transferTime } from '../../../src/calc/network/transfer-time.js';
import { bitsPerSecond, bytes, TiB } from '../../../src/model/quantities.js';

describe('transfer time (domain.md §5)', () => {
  it('N11: copying 1 TiB over 1 GbE takes 9343 s (2.595 h)', () => {
    const time = transferTime(bytes(TiB), tcpGoodput(bitsPerSecond(1e9)));
    expect(time).toBeCloseTo((TiB * 8 * 1538) / (1e9 * 1448), 6);
    expect(Math.round(time)).toBe(9343);
    expect((time / 3600).toFixed(3)).toBe('2.595');
  });

  it('is monotone in size (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.double({ min: 0, max: 1e15, noNaN: true }), fc.double({ min: 1e3, max: 1e12, noNaN: true }), (a, b, rate) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(transferTime(bytes(small), bitsPerSecond(rate))).toBeLessThanOrEqual(transferTime(bytes(large), bitsPerSecond(rate)));
      }),
    );
  });

  it('refuses a zero rate', () => {
    expect(() => transferTime(bytes(1), bitsPerSecond(0))).toThrow(RangeError);
  });
});
