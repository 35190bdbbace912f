// Reference vectors C1–C16 (/work/shared/reference/domain.md §2): Ceph mon-config-ref.rst, erasure-code.rst,
// pool-pg-config-ref.rst, placement-groups.rst, OSDMonitor.cc, pveceph.adoc.
import { describe, expect, it } from 'vitest';
import { cephOperatingCapacity, cephOverhead, cephUsable, cephWidth } from '../../../src/calc/ceph/ceph-pool-capacity.js';
import { defaultCephMinSize } from '../../../src/calc/ceph/ceph-min-size.js';
import { checkRehealAfterHostLoss, equalHostLossUtilisationCeiling, hostLossUtilisationCeiling } from '../../../src/calc/ceph/ceph-host-loss.js';
import { pgsPerOsd, suggestedPgCount } from '../../../src/calc/ceph/placement-groups.js';
import { cephMinimumFailureDomains, monitorFailuresTolerated } from '../../../src/calc/ceph/ceph-minimums.js';
import { bytes, ratio, TB } from '../../../src/model/quantities.js';

describe('Ceph capacity', () => {
  it('C1: 99 TB raw at full ratio 0.95 operates up to 94.05 TB (the doc\'s "95TB" is rounded: X)', () => {
    const { capacity } = cephOperatingCapacity(bytes(99 * TB), ratio(0.95), bytes(0));
    expect(capacity / TB).toBeCloseTo(94.05, 9);
    expect(capacity / TB).not.toBeCloseTo(95, 3);
  });

  it('C2: expecting one 3 TB OSD down: 91.05 TB, full ratio ≈ 0.920', () => {
    const result = cephOperatingCapacity(bytes(99 * TB), ratio(0.95), bytes(3 * TB));
    expect(result.capacity / TB).toBeCloseTo(91.05, 9);
    expect(result.ratio).toBeCloseTo(0.92, 3);
  });

  it('C3: expecting a rack of six 3 TB OSDs down: 76.05 TB, nearfull ≈ 0.768', () => {
    const result = cephOperatingCapacity(bytes(99 * TB), ratio(0.95), bytes(18 * TB));
    expect(result.capacity / TB).toBeCloseTo(76.05, 9);
    expect(result.ratio).toBeCloseTo(0.768, 3);
  });

  it.each([
    [0.95, 0.7125],
    [0.9, 0.675],
    [0.85, 0.6375],
  ])('C4: 4 equal hosts, r = %d → ceiling r·(N−1)/N = %d', (r, expected) => {
    expect(equalHostLossUtilisationCeiling(4, ratio(r))).toBeCloseTo(expected, 12);
    expect(hostLossUtilisationCeiling([bytes(TB), bytes(TB), bytes(TB), bytes(TB)], ratio(r))).toBeCloseTo(expected, 12);
  });

  it('C7: EC 4+2 overhead 1.5; replicated size 3 overhead 3', () => {
    expect(cephOverhead({ kind: 'erasure', k: 4, m: 2 })).toBe(1.5);
    expect(cephOverhead({ kind: 'replicated', size: 3 })).toBe(3);
  });

  it.each([
    [3, 2, 1.67],
    [6, 1, 1.16],
    [8, 1, 1.13],
    [10, 4, 1.4],
  ])('C8: EC %d+%d overhead ≈ %d (doc table, ±0.01)', (k, m, printed) => {
    expect(Math.abs(cephOverhead({ kind: 'erasure', k, m }) - printed)).toBeLessThanOrEqual(0.01);
  });

  it('C9: EC 10+4 raw space overhead is 40 %', () => {
    expect(cephOverhead({ kind: 'erasure', k: 10, m: 4 }) - 1).toBeCloseTo(0.4, 12);
  });

  it('C10: default EC profiles: k=2,m=2 stores 1 TB in 2 TB; k=2,m=1 uses 25 % less than 2 copies', () => {
    expect(cephOverhead({ kind: 'erasure', k: 2, m: 2 })).toBe(2);
    expect(1 - cephOverhead({ kind: 'erasure', k: 2, m: 1 }) / cephOverhead({ kind: 'replicated', size: 2 })).toBeCloseTo(0.25, 12);
  });

  it('usable = raw × ratio / overhead', () => {
    expect(cephUsable(bytes(23.04 * TB), ratio(0.95), { kind: 'replicated', size: 3 })).toBeCloseTo((23.04 * TB * 0.95) / 3, 0);
    expect(cephUsable(bytes(60 * TB), ratio(0.95), { kind: 'erasure', k: 4, m: 2 })).toBeCloseTo((60 * TB * 0.95 * 4) / 6, 0);
  });
});

describe('Ceph min_size', () => {
  it.each([
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 3],
  ])('C11: replicated size %d → min_size %d', (size, expected) => {
    expect(defaultCephMinSize({ kind: 'replicated', size })).toBe(expected);
  });

  it.each([
    [2, 1, 3, 2],
    [2, 2, 4, 3],
    [4, 2, 6, 5],
    [10, 4, 14, 11],
  ])('C12/C13: EC %d+%d → size %d, min_size %d', (k, m, size, minSize) => {
    expect(cephWidth({ kind: 'erasure', k, m })).toBe(size);
    expect(defaultCephMinSize({ kind: 'erasure', k, m })).toBe(minSize);
  });
});

describe('Ceph placement groups', () => {
  it('C14: 200 OSDs, size 3 → 6667 → 8192 PGs', () => {
    expect(suggestedPgCount(200, 3)).toEqual({ raw: 6667, pgs: 8192 });
  });

  it('C15: 10 OSDs, size 4 → 250 → 256 PGs', () => {
    expect(suggestedPgCount(10, 4)).toEqual({ raw: 250, pgs: 256 });
  });

  it('C16: 512 PGs × 3 replicas over 10 OSDs ≈ 150 per OSD (exactly 153.6)', () => {
    expect(pgsPerOsd(512, 3, 10)).toBeCloseTo(153.6, 12);
  });
});

describe('Ceph host loss and minimums', () => {
  it('three equal hosts with size 3 cannot re-heal: no spare host, whatever the fill', () => {
    const check = checkRehealAfterHostLoss([bytes(7.68 * TB), bytes(7.68 * TB), bytes(7.68 * TB)], bytes(0), 3, ratio(0.9));
    expect(check).toMatchObject({ hostsAfterLoss: 2, hasSpareHost: false, fits: true, canReheal: false });
  });

  it('four hosts re-heal only while data fits under backfillfull on three', () => {
    const hosts = [bytes(10 * TB), bytes(10 * TB), bytes(10 * TB), bytes(10 * TB)];
    expect(checkRehealAfterHostLoss(hosts, bytes(27 * TB), 3, ratio(0.9)).canReheal).toBe(true);
    expect(checkRehealAfterHostLoss(hosts, bytes(27.1 * TB), 3, ratio(0.9)).canReheal).toBe(false);
  });

  it('unequal hosts: the ceiling uses the largest host', () => {
    expect(hostLossUtilisationCeiling([bytes(10 * TB), bytes(10 * TB), bytes(20 * TB)], ratio(0.9))).toBeCloseTo(0.45, 12);
  });

  it('a pool needs width failure domains to place and one more to heal; 3 monitors tolerate 1 failure', () => {
    expect(cephMinimumFailureDomains({ kind: 'replicated', size: 3 })).toEqual({ toPlace: 3, toHeal: 4 });
    expect(cephMinimumFailureDomains({ kind: 'erasure', k: 4, m: 2 })).toEqual({ toPlace: 6, toHeal: 7 });
    expect(monitorFailuresTolerated(3)).toBe(1);
    expect(monitorFailuresTolerated(5)).toBe(2);
  });
});
