import { describe, expect, it } from 'vitest';
import { evaluateThreeTwoOne, evaluateThreeTwoOneOneZero } from '../../../src/calc/backup/three-two-one.js';

describe('3-2-1 and 3-2-1-1-0 (domain.md §4)', () => {
  it('B1: primary + one local PBS copy fails 3-2-1 (2 copies, no offsite)', () => {
    expect(evaluateThreeTwoOne({ copies: 2, media: 2, offsite: 0, immutable: 0, verified: true })).toEqual({
      passes: false,
      shortfalls: ['2 of 3 copies', 'no offsite copy'],
    });
  });

  it('B2: primary + local PBS + synced offsite PBS passes 3-2-1; 3-2-1-1-0 also needs an immutable copy and verified restores', () => {
    const census = { copies: 3, media: 2, offsite: 1, immutable: 0, verified: false };
    expect(evaluateThreeTwoOne(census)).toEqual({ passes: true, shortfalls: [] });
    expect(evaluateThreeTwoOneOneZero(census)).toEqual({ passes: false, shortfalls: ['no immutable or offline copy', 'restores are not verified'] });
    expect(evaluateThreeTwoOneOneZero({ ...census, immutable: 1, verified: true }).passes).toBe(true);
  });
});
