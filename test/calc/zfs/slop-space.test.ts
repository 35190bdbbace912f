// Reference vectors Z13, Z14 (/work/shared/reference/domain.md §1): openzfs/zfs spa_misc.c spa_get_slop_space().
import { describe, expect, it } from 'vitest';
import { slopSpace } from '../../../src/calc/zfs/slop-space.js';
import { bytes, GiB, MiB, TiB } from '../../../src/model/quantities.js';
import { parseOpenZfsVersion, slopRuleFor } from '../../../src/calc/zfs/openzfs-version.js';

describe('slopSpace', () => {
  it.each([
    ['Z13 100 MiB', 100 * MiB, 50 * MiB],
    ['Z13 2 GiB', 2 * GiB, 128 * MiB],
    ['Z13 1 TiB', 1 * TiB, 32 * GiB],
    ['Z13 4 TiB', 4 * TiB, 128 * GiB],
    ['Z14 10 TiB (≥ 2.1)', 10 * TiB, 128 * GiB],
  ])('%s → slop', (_id, dspace, expected) => {
    expect(slopSpace(bytes(dspace))).toBe(expected);
  });

  it('Z14: OpenZFS ≤ 2.0 had no 128 GiB cap: 10 TiB → 320 GiB', () => {
    expect(slopSpace(bytes(10 * TiB), 'openzfs-0.7-2.0')).toBe(320 * GiB);
  });

  it('picks the rule from the version: 2.1+ capped, 0.8 and 2.0 not', () => {
    expect(slopRuleFor(parseOpenZfsVersion('2.2.6')!)).toBe('openzfs-2.1+');
    expect(slopRuleFor(parseOpenZfsVersion('zfs-2.1.0')!)).toBe('openzfs-2.1+');
    expect(slopRuleFor(parseOpenZfsVersion('2.0')!)).toBe('openzfs-0.7-2.0');
    expect(slopRuleFor(parseOpenZfsVersion('0.8.6')!)).toBe('openzfs-0.7-2.0');
    expect(parseOpenZfsVersion('latest')).toBeUndefined();
  });
});
