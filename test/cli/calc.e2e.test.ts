// `kestra calc zfs|ceph|memory` on the built CLI. Figures re-derived from /work/shared/reference/domain.md
// (Z3, Z12, Z14 for ZFS; C11, C14 for Ceph; A1, A4 for the ARC; R4 for OSD memory).
import { describe, expect, it } from 'vitest';
import { GiB, MiB, TB } from '../../src/model/quantities.js';
import { amount, calcJson, expectCalcUsageError } from '../helpers/calc-cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('kestra calc zfs (built CLI)', () => {
  it('6 × 8 TB raidz2, ashift 12: 128K takes 192 KiB (Z3), ratio 341 (Z12), slop 128 GiB (Z14)', () => {
    const json = calcJson(['zfs', '--layout', 'raidz2', '--disks', '6x8TB', '--ashift', '12', '--recordsize', '128K', '--used', '10TB', '--growth', '200GB']);
    const dspace = Math.floor((48 * TB) / 512) * 341;
    expect(amount(json, 'raw')).toBe(48 * TB);
    expect(amount(json, 'block-allocation')).toBe(192 * 1024);
    expect(amount(json, 'deflate-ratio')).toBe(341);
    expect(amount(json, 'slop')).toBe(128 * GiB);
    expect(amount(json, 'usable')).toBe(dspace - 128 * GiB);
    expect(amount(json, 'planning-capacity')).toBeCloseTo((dspace - 128 * GiB) * 0.8, 0);
    expect(amount(json, 'fault-tolerance')).toBe(2);
    expect(amount(json, 'fill')).toBeCloseTo((10 * TB) / (dspace - 128 * GiB), 12);
    expect(amount(json, 'days-to-fill-limit')).toBeCloseTo(((dspace - 128 * GiB) * 0.8 - 10 * TB) / (200e9 / 30), 6);
  });

  it('prints result, formula and inputs as text', () => {
    const result = runCli(['calc', 'zfs', '--layout', 'raidz1', '--disks', '4x8TB']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ZFS pool: 1 × raidz1 of 4 disks, ashift 12');
    expect(result.stdout).toMatch(/Usable \(zfs list USED \+ AVAIL\)\s+23\.11 TB \(21\.02 TiB\)\s+deflated space − slop/u);
    expect(result.stdout).toContain('Deflate ratio                    372/512');
    expect(result.stdout).toContain('Inputs:\n  layout: raidz1\n  disks per vdev: 4 × 8 TB');
    expect(result.stdout).toContain('https://github.com/openzfs/zfs/blob/master/module/zfs/spa_misc.c');
  });

  it('an old OpenZFS has no slop cap (Z14: 10 TiB dspace → 320 GiB on ≤ 2.0)', () => {
    const json = calcJson(['zfs', '--layout', 'stripe', '--disks', '10TiB', '--zfs-version', '0.8']);
    expect(amount(json, 'slop')).toBe(320 * GiB);
  });

  it.each([
    [['--layout', 'raidz9', '--disks', '6x8TB'], 'error: --layout "raidz9" is not one of stripe, mirror, raidz1, raidz2, raidz3'],
    [['--disks', '6x8TB'], 'error: --layout is required'],
    [['--layout', 'raidz2', '--disks', '6x8QB'], 'has unknown size unit "QB"'],
    [['--layout', 'mirror', '--disks', '4TB'], 'error: --disks gives 1 disk(s); a mirror vdev needs at least 2'],
    [['--layout', 'raidz1', '--disks', '3x4TB', '--ashift', '20'], 'error: --ashift "20" is not a whole number from 9 to 16'],
    [['--layout', 'raidz1', '--disks', '3x4TB', '--recordsize', 'big'], 'error: --recordsize "big" is not a size'],
  ])('bad arguments %j exit 2 with a hint and no output', (args, message) => {
    expectCalcUsageError(['zfs', ...args], message);
  });

  it('an unknown flag exits 2', () => {
    const result = runCli(['calc', 'zfs', '--layot', 'raidz1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--layot'");
  });
});

describe('kestra calc ceph (built CLI)', () => {
  it('3 hosts × 2 × 3.84 TB, size 3: raw 23.04 TB, usable at each ratio, min_size 2 (C11), no re-heal', () => {
    const json = calcJson(['ceph', '--hosts', '3', '--osds', '2x3.84TB', '--size', '3', '--used', '2.9TB']);
    const raw = 23.04 * TB;
    expect(amount(json, 'raw')).toBeCloseTo(raw, 0);
    expect(amount(json, 'usable-at-full')).toBeCloseTo((raw * 0.95) / 3, 0);
    expect(amount(json, 'usable-at-backfillfull')).toBeCloseTo((raw * 0.9) / 3, 0);
    expect(amount(json, 'usable-at-nearfull')).toBeCloseTo((raw * 0.85) / 3, 0);
    expect(amount(json, 'min-size')).toBe(2);
    expect(amount(json, 'can-reheal-after-host-loss')).toBe(false);
    expect(amount(json, 'max-raw-utilisation-for-host-loss')).toBeCloseTo(0.6, 12);
    expect(amount(json, 'pgs-suggested')).toBe(256);
    expect(amount(json, 'pve-minimums')).toBe(false);
  });

  it('C14: 200 OSDs with size 3 suggest 8192 PGs; 4 hosts re-heal while data fits', () => {
    expect(amount(calcJson(['ceph', '--hosts', '200', '--osds', '1x3TB']), 'pgs-suggested')).toBe(8192);
    const json = calcJson(['ceph', '--hosts', '4', '--osds', '2x4TB', '--used', '1TB']);
    expect(amount(json, 'can-reheal-after-host-loss')).toBe(true);
    expect(amount(json, 'max-stored-for-host-loss')).toBeCloseTo((0.9 * 24 * TB) / 3, 0);
  });

  it('EC 4+2: overhead 1.5 (C7), min_size 5 (C13)', () => {
    const json = calcJson(['ceph', '--hosts', '7', '--osds', '4x8TB', '--k', '4', '--m', '2']);
    expect(amount(json, 'overhead')).toBe(1.5);
    expect(amount(json, 'min-size')).toBe(5);
    expect(amount(json, 'can-reheal-after-host-loss')).toBe('unknown');
  });

  it('--k without --m exits 2', () => {
    const result = runCli(['calc', 'ceph', '--hosts', '3', '--osds', '2x4TB', '--k', '4']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --k and --m go together\n  hint: an erasure-coded pool needs both, e.g. --k 4 --m 2\n');
  });
});

describe('kestra calc memory (built CLI)', () => {
  it('64 GiB, OpenZFS 2.3, 2 OSDs, 48 GiB of guests: ARC 63 GiB (A1 rule), reservations and headroom', () => {
    const json = calcJson(['memory', '--ram', '64GB', '--zfs-pool-size', '16TB', '--osds', '2', '--zfs-version', '2.3', '--guests', '48GB']);
    expect(amount(json, 'arc-max')).toBe(63 * GiB);
    expect(amount(json, 'arc-max-openzfs-2.2')).toBe(32 * GiB);
    expect(amount(json, 'arc-max-pve-installer')).toBe(6554 * MiB);
    expect(amount(json, 'osd-memory')).toBe(8 * GiB);
    expect(amount(json, 'memory-reserved')).toBe(73 * GiB);
    expect(amount(json, 'guest-memory-capacity')).toBe(-9 * GiB);
    expect(amount(json, 'memory-headroom')).toBe(-57 * GiB);
    expect(amount(json, 'arc-rule-of-thumb')).toBe(2 * GiB + Math.round((16e12 / 2 ** 40) * GiB));
  });

  it('A4: the PVE installer rule on 64 GiB gives 6554 MiB; guests then fit', () => {
    const json = calcJson(['memory', '--ram', '64GB', '--arc-rule', 'pve-installer', '--guests', '48GB', '--vcpus', '16', '--threads', '8']);
    expect(amount(json, 'arc-max')).toBe(6554 * MiB);
    expect(amount(json, 'memory-headroom')).toBe(64 * GiB - 2 * GiB - 6554 * MiB - 48 * GiB);
    expect(amount(json, 'vcpu-overcommit')).toBe(2);
  });

  it('without ZFS there is no ARC', () => {
    expect(amount(calcJson(['memory', '--ram', '32GB']), 'arc-max')).toBe(0);
  });

  it('a bad --ram exits 2 with the parser\'s hint', () => {
    const result = runCli(['calc', 'memory', '--ram', 'lots']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: --ram "lots" is not a size such as "32GB"');
    expect(result.stderr).toContain('hint: "lots" does not start with a number');
  });
});

describe('kestra calc --help', () => {
  it('lists the calculators', () => {
    const result = runCli(['calc', '--help']);
    expect(result.code).toBe(0);
    for (const name of ['zfs', 'ceph', 'memory']) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'mu'));
  });
});
