import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsPerSecond } from '../../../src/model/quantities.js';
import { formatRate, parseRate } from '../../../src/intake/units/rate.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

describe('parseRate', () => {
  it.each([
    ['1GbE', 1e9],
    ['2.5GbE', 2.5e9],
    ['2.5 Gbps', 2.5e9],
    ['10G', 10e9],
    ['10GbE', 10e9],
    ['10GE', 10e9],
    ['1 GigE', 1e9],
    ['40GbE', 40e9],
    ['500 Mbit/s', 500e6],
    ['100M', 100e6],
    ['100 Mbps', 100e6],
    ['100mbps', 100e6],
    ['1 Gb/s', 1e9],
    ['941.48 Mbit/s', 941.48e6],
    ['56 kbit/s', 56e3],
    ['1000BASE-T', 1e9],
    ['10GBASE-T', 10e9],
    ['2.5GBASE-T', 2.5e9],
    ['100BASE-TX', 100e6],
    ['100 MB/s', 800e6],
    ['1 MiB/s', 8 * 2 ** 20],
    ['1 GB/s', 8e9],
    ['1500', 1500],
    ['1500 bit/s', 1500],
  ] as const)('reads %j as %d bit/s', (text, value) => {
    expect(valueOf(parseRate(text))).toBe(value);
  });

  it('takes numbers as bits per second', () => {
    expect(valueOf(parseRate(1e9))).toBe(1e9);
  });

  it.each(['', 'abc', '-1GbE', '10GB', '100MBps', '100MBPS', '1 Gbps extra', '5 E', '1e400 bit/s', '1 Mibps', '10 GHz'])('rejects %j', (text) => {
    expectRejected(parseRate, text);
  });

  it('refuses a capital B without "/s", which people write for both bits and bytes', () => {
    expect(failureOf(parseRate('10GB')).hint).toBe('"10GB" is ambiguous: a capital B means bytes; write bits as "Gbit/s" or bytes as "GB/s"');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parseRate);
    expectWellBehavedOnNumbers(parseRate);
  });
});

describe('formatRate', () => {
  it.each([
    [1e9, '1 Gbit/s'],
    [2.5e9, '2.5 Gbit/s'],
    [941.48e6, '941.48 Mbit/s'],
    [100e6, '100 Mbit/s'],
    [999.999e6, '1 Gbit/s'],
    [0, '0 bit/s'],
    [400e9, '400 Gbit/s'],
    [1.6e12, '1.6 Tbit/s'],
  ])('prints %d as %j', (value, text) => {
    expect(formatRate(bitsPerSecond(value))).toBe(text);
  });

  it('reads back what it prints, within the printed precision', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e16, noNaN: true }), (value) => {
        const parsed = valueOf(parseRate(formatRate(bitsPerSecond(value))));
        expect(near(parsed, value, Math.max(0.005 * value, 0.005))).toBe(true);
      }),
    );
  });

  it('reads back rates of up to two decimals exactly, with no drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999 }), fc.constantFrom(3, 6, 9), (hundredths, exponent) => {
        const value = Number(`${hundredths}e${exponent - 2}`);
        expect(valueOf(parseRate(formatRate(bitsPerSecond(value))))).toBe(value);
      }),
    );
  });
});
