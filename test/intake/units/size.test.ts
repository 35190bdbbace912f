import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GiB, MiB, TiB, bytes } from '../../../src/model/quantities.js';
import { formatBytes, formatMemory, parseSize } from '../../../src/intake/units/size.js';
import { expectRejected, expectWellBehaved, expectWellBehavedOnNumbers, failureOf, near, valueOf } from './parse-expectations.js';

const memory = (text: string | number) => parseSize(text, 'memory');
const disk = (text: string | number) => parseSize(text, 'disk');

describe('parseSize', () => {
  it.each([
    ['512MB', 512 * MiB, 512e6, true],
    ['32GB', 32 * GiB, 32e9, true],
    ['32 GiB', 32 * GiB, 32 * GiB, false],
    ['4TB', 4 * TiB, 4e12, true],
    ['1.92 TB', Math.round(1.92 * TiB), 1.92e12, true],
    ['16G', 16 * GiB, 16e9, true],
    ['500gb', 500 * GiB, 500e9, true],
    ['1,000 GB', 1000 * GiB, 1e12, true],
    ['0.5 TiB', TiB / 2, TiB / 2, false],
    ['16Gi', 16 * GiB, 16 * GiB, false],
    ['2 PB', 2 * 2 ** 50, 2e15, true],
    ['8 KB', 8 * 1024, 8000, true],
    ['4096', 4096, 4096, false],
    ['4096 B', 4096, 4096, false],
    ['3 bytes', 3, 3, false],
    ['2 terabytes', 2 * TiB, 2e12, true],
    ['2 tebibytes', 2 * TiB, 2 * TiB, false],
  ] as const)('reads %j as %d bytes for memory and %d for disk', (text, memoryBytes, diskBytes, ambiguous) => {
    expect(valueOf(memory(text))).toEqual({ bytes: memoryBytes, conventionApplied: ambiguous });
    expect(valueOf(disk(text))).toEqual({ bytes: diskBytes, conventionApplied: ambiguous });
  });

  it('reads the reference values exactly', () => {
    expect(valueOf(disk('4TB')).bytes).toBe(4e12);
    expect(valueOf(memory('32GB'))).toEqual({ bytes: 32 * 2 ** 30, conventionApplied: true });
    expect(valueOf(memory('32 GiB'))).toEqual({ bytes: 32 * 2 ** 30, conventionApplied: false });
  });

  it('always returns whole bytes', () => {
    expect(valueOf(disk('1.5 B')).bytes).toBe(2);
    expect(valueOf(memory('0.1 KB')).bytes).toBe(102);
    expect(valueOf(disk(1234.4)).bytes).toBe(1234);
  });

  it('takes numbers as bytes', () => {
    expect(valueOf(disk(4e12))).toEqual({ bytes: 4e12, conventionApplied: false });
    expect(Object.is(valueOf(disk(-0)).bytes, 0)).toBe(true);
  });

  it.each(['', '   ', 'abc', '-4TB', '− 4TB', '4 TB of stuff', '4 TB extra', '4 TBs?', '1e400', '1,00 GB', '1.200,5 GB', 'TB', '4 Tbit'])(
    'rejects %j and names it in the hint',
    (text) => {
      expectRejected(memory, text);
      expectRejected(disk, text);
    },
  );

  it('says what is wrong in the hint', () => {
    expect(failureOf(disk('4 TB of stuff')).hint).toBe('"4 TB of stuff" has extra text "of stuff" after the unit; remove it');
    expect(failureOf(disk('4 TBs?')).hint).toContain('unknown unit "TBs?"');
    expect(failureOf(disk('-4TB')).hint).toContain('negative');
    expect(failureOf(disk('1e400')).hint).toContain('not a finite number');
    expect(failureOf(disk('')).expected).toBe('a size such as "32GB", "4 TB" or "512 MiB"');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects the number %d', (value) => {
    expect(failureOf(disk(value)).hint).toContain(String(value));
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(memory);
    expectWellBehaved(disk);
    expectWellBehavedOnNumbers(disk);
  });
});

describe('formatBytes', () => {
  it.each([
    [4e12, '4 TB (3.64 TiB)'],
    [1.92e12, '1.92 TB (1.75 TiB)'],
    [512, '512 B'],
    [0, '0 B'],
    [1024, '1.02 KB (1 KiB)'],
    [999.999e9, '1 TB (931.32 GiB)'],
  ])('prints %d as %j', (value, text) => {
    expect(formatBytes(bytes(value))).toBe(text);
  });

  it.each([
    [4e12, '4 TB (3.638 TiB)'],
    [16e12, '16 TB (14.552 TiB)'],
    [18e12, '18 TB (16.371 TiB)'],
  ])('matches the reference TB to TiB table: %d is %j', (value, text) => {
    expect(formatBytes(bytes(value), { digits: 3 })).toBe(text);
  });

  it('prints only the decimal figure when asked', () => {
    expect(formatBytes(bytes(4e12), { both: false })).toBe('4 TB');
  });

  it('does not round half a terabyte up to a whole one when digits is 0', () => {
    expect(formatBytes(bytes(5e11), { digits: 0, both: false })).toBe('500 GB');
  });

  it('prints negative sizes (differences) with a sign', () => {
    expect(formatBytes(bytes(-5e9))).toBe('-5 GB (-4.66 GiB)');
  });
});

describe('formatMemory', () => {
  it.each([
    [32 * GiB, '32 GiB'],
    [512 * MiB, '512 MiB'],
    [1.5 * GiB, '1.5 GiB'],
    [100, '100 B'],
  ])('prints %d as %j', (value, text) => {
    expect(formatMemory(bytes(value))).toBe(text);
  });
});

describe('size round trip', () => {
  const sizes = fc.oneof(fc.maxSafeNat(), fc.integer({ min: 0, max: 1_000_000 }));

  it('reads back what formatBytes prints, within the printed precision', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const printed = formatBytes(bytes(value), { both: false, digits });
        const parsed = valueOf(disk(printed)).bytes;
        expect(near(parsed, value, 0.5 * 10 ** -digits * value + 0.5)).toBe(true);
      }),
    );
  });

  it('reads back what formatMemory prints, within the printed precision', () => {
    fc.assert(
      fc.property(sizes, (value) => {
        const parsed = valueOf(memory(formatMemory(bytes(value)))).bytes;
        expect(near(parsed, value, 0.005 * value + 0.5)).toBe(true);
      }),
    );
  });

  it('reads back sizes of up to two decimals exactly, with no drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999 }), fc.constantFrom(1e3, 1e6, 1e9, 1e12), (hundredths, unit) => {
        const value = Math.round((hundredths * unit) / 100);
        expect(valueOf(disk(formatBytes(bytes(value), { both: false }))).bytes).toBe(value);
      }),
    );
  });
});
