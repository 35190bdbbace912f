import { describe, expect, it } from 'vitest';
import { parseDiskGroup } from '../../../src/intake/units/disk-group.js';
import { expectRejected, expectWellBehaved, failureOf, valueOf } from './parse-expectations.js';

describe('parseDiskGroup', () => {
  it.each([
    ['2x 4TB', 2, 4e12, ''],
    ['2 x 4 TB', 2, 4e12, ''],
    ['4TB x2', 2, 4e12, ''],
    ['4TBx2', 2, 4e12, ''],
    ['2X4TB', 2, 4e12, ''],
    ['3× 8TB', 3, 8e12, ''],
    ['6 * 18TB', 6, 18e12, ''],
    ['two 4TB', 2, 4e12, ''],
    ['Twelve 16 TB', 12, 16e12, ''],
    ['4TB', 1, 4e12, ''],
    ['1.92 TB', 1, 1.92e12, ''],
    ['2x 4TB WD Red', 2, 4e12, 'WD Red'],
    ['4TB x2 WD Red', 2, 4e12, 'WD Red'],
    ['4TB WD Red x2', 2, 4e12, 'WD Red'],
    ['two 4 TB IronWolf  Pro ', 2, 4e12, 'IronWolf  Pro'],
    ['1x 960GB Samsung PM893', 1, 960e9, 'Samsung PM893'],
    ['2x 1 TiB', 2, 2 ** 40, ''],
  ] as const)('reads %j as %d disks of %d bytes, rest %j', (text, count, size, rest) => {
    expect(valueOf(parseDiskGroup(text))).toEqual({ count, bytes: size, rest });
  });

  it('keeps an upper-case X followed by digits as part of the model name', () => {
    expect(valueOf(parseDiskGroup('4TB X300'))).toEqual({ count: 1, bytes: 4e12, rest: 'X300' });
  });

  it.each(['', 'abc', 'four', '2x', '2x 4000', '0x 4TB', '2x 4TBs', '-2x 4TB', '2.5x 4TB', 'two', '2x -4TB'])('rejects %j', (text) => {
    expectRejected(parseDiskGroup, text);
  });

  it('explains a zero count and a missing unit', () => {
    expect(failureOf(parseDiskGroup('0x 4TB')).hint).toContain('disk count of 0');
    expect(failureOf(parseDiskGroup('2x 4000')).hint).toContain('no disk size with a unit');
  });

  it('never throws and always explains a failure', () => {
    expectWellBehaved(parseDiskGroup);
  });
});
