// The storage analyzer on inline specs: ZFS (domain.md §1, Z12–Z14), RAID/SHR and Ceph (§2, C4, C11) facts with units.
import { describe, expect, it } from 'vitest';
import { storageAnalyzer } from '../../../src/analyze/storage/storage-analyzer.js';
import { GiB, TB, TiB } from '../../../src/model/quantities.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const head = `version: 1
site: { name: Test }
`;

describe('storage analyzer: ZFS', () => {
  const analysis = analyzeYaml(
    `${head}hosts:
  - id: nas
    role: nas
    zfsVersion: "2.2"
    disks:
      - { id: hdd, size: 8TB, kind: hdd, count: 4 }
      - { id: smr, size: 4TB, kind: hdd, smr: true, count: 2 }
storage:
  zfs:
    - { id: tank, host: nas, vdevs: [{ layout: raidz1, disks: [hdd] }], ashift: 12, recordsize: 128K, used: 14.2TB, growthPerMonth: 180GB }
    - { id: scratch, host: nas, vdevs: [{ layout: mirror, disks: [smr-1, smr-2] }] }
`,
    [storageAnalyzer],
  );

  it('tank: raw 32 TB; usable = (32 TB >> 9) × 372 − 128 GiB slop ≈ 21.02 TiB (Z12, Z14)', () => {
    const dspace = Math.floor((32 * TB) / 512) * 372;
    expect(fact(analysis, 'storage/tank/raw')).toMatchObject({ status: 'known', value: 32 * TB, unit: 'bytes' });
    expect(fact(analysis, 'storage/tank/slop')).toMatchObject({ value: 128 * GiB, unit: 'bytes' });
    expect(fact(analysis, 'storage/tank/usable')).toMatchObject({ status: 'known', value: dspace - 128 * GiB, unit: 'bytes' });
    expect((value(analysis, 'storage/tank/usable') as number) / TiB).toBeCloseTo(21.02, 2);
  });

  it('tank: planning capacity at the assumed 80 %, fill, days to the limit, tolerance', () => {
    const usable = value(analysis, 'storage/tank/usable') as number;
    expect(fact(analysis, 'storage/tank/planning-capacity')).toMatchObject({ value: usable * 0.8, unit: 'bytes' });
    expect(fact(analysis, 'storage/tank/planning-capacity').inputs).toContainEqual(expect.objectContaining({ name: 'fill limit', value: 0.8, assumed: true }));
    expect(fact(analysis, 'storage/tank/used')).toMatchObject({ value: 14.2 * TB, unit: 'bytes' });
    expect(fact(analysis, 'storage/tank/fill')).toMatchObject({ value: (14.2 * TB) / usable, unit: 'ratio' });
    expect(value(analysis, 'storage/tank/days-to-fill-limit')).toBeCloseTo((usable * 0.8 - 14.2 * TB) / (180e9 / 30), 6);
    expect(fact(analysis, 'storage/tank/fault-tolerance')).toMatchObject({ value: 1, unit: 'count' });
    expect(fact(analysis, 'storage/tank/record-efficiency')).toMatchObject({ value: 32 / 44, unit: 'ratio' });
    expect(fact(analysis, 'storage/tank/smr-disks')).toMatchObject({ value: 0, unit: 'count' });
  });

  it('tank: resilver time = used × 512/372 / 4 disks / 100 MB/s (assumed HDD rate)', () => {
    expect(fact(analysis, 'storage/tank/resilver-time')).toMatchObject({ unit: 'seconds' });
    expect(value(analysis, 'storage/tank/resilver-time')).toBeCloseTo((14.2 * TB * 512) / 372 / 4 / 100e6, 6);
  });

  it('scratch: an SMR mirror without used or growth has unknown fill with the question to ask', () => {
    expect(value(analysis, 'storage/scratch/smr-disks')).toBe(2);
    expect(value(analysis, 'storage/scratch/fault-tolerance')).toBe(1);
    const fill = fact(analysis, 'storage/scratch/fill');
    expect(fill).toMatchObject({ status: 'unknown', value: null, unit: 'ratio' });
    expect(fill.status === 'unknown' && fill.question).toBe('scratch used space is not given; its fill level cannot be computed (add "used" to ZFS pool scratch).');
    expect(fact(analysis, 'storage/scratch/resilver-time').status).toBe('unknown');
    expect(analysis.openQuestions.map((question) => question.id)).toEqual([
      'storage/scratch/days-to-fill-limit',
      'storage/scratch/fill',
      'storage/scratch/resilver-time',
      'storage/scratch/used',
    ]);
  });

  it('states the ashift and fill-limit defaults as assumptions, located at the pools that took them', () => {
    const ids = analysis.assumptions.map((assumption) => assumption.id);
    expect(ids).toContain('storage/zfs-ashift-12');
    expect(ids).toContain('storage/fill-limit-80');
    const ashift = analysis.assumptions.find((assumption) => assumption.id === 'storage/zfs-ashift-12');
    expect(ashift?.sources.map((source) => source.line)).toEqual([13]);
    const fill = analysis.assumptions.find((assumption) => assumption.id === 'storage/fill-limit-80');
    expect(fill?.text).toContain('solarisinternals');
    expect(fill?.text).toContain('docs.oracle.com');
  });

  it('uses the pre-2.1 slop rule for an old OpenZFS and says which rule when the version is missing', () => {
    const old = analyzeYaml(`${head}hosts:
  - { id: h, role: nas, zfsVersion: "0.8.6", disks: [{ id: d, size: 12TB, kind: hdd, count: 2 }] }
storage:
  zfs: [{ id: p, host: h, vdevs: [{ layout: stripe, disks: [d] }], ashift: 12, fillLimit: 90% }]
`, [storageAnalyzer]);
    // dspace = 24 TB > 4 TiB, so 2.1+ would cap at 128 GiB; 0.8 takes 1/32.
    expect(value(old, 'storage/p/slop')).toBe(Math.floor(Math.floor((24 * TB) / 512) * 512 / 32));
    expect(fact(old, 'storage/p/planning-capacity').inputs).toContainEqual(expect.objectContaining({ name: 'fill limit', value: 0.9 }));
    expect(value(old, 'storage/p/fault-tolerance')).toBe(0);
    expect(old.assumptions.map((assumption) => assumption.id)).not.toContain('storage/fill-limit-80');
    const missing = analyzeYaml(`${head}hosts:
  - { id: h, role: nas, disks: [{ id: d, size: 12TB, kind: hdd }] }
storage:
  zfs: [{ id: p, host: h, vdevs: [{ layout: stripe, disks: [d] }] }]
`, [storageAnalyzer]);
    expect(missing.assumptions.find((assumption) => assumption.id === 'storage/openzfs-slop-2.1')?.text).toContain('OpenZFS ≥ 2.1 rule');
  });
});

describe('storage analyzer: zvols on RAIDZ', () => {
  const spec = (version: string) => `${head}hosts:
  - { id: h, role: hypervisor, zfsVersion: "${version}", disks: [{ id: d, size: 4TB, kind: hdd, count: 6 }] }
storage:
  zfs: [{ id: z2, host: h, vdevs: [{ layout: raidz2, disks: [d] }], ashift: 12 }]
workloads:
  - { id: vm1, kind: vm, host: h, storage: z2, vcpu: 1, memory: 1GB }
`;

  it('Z6: a VM on a 6-wide raidz2 with OpenZFS 2.2 uses 16K volblocks at 2/3 efficiency', () => {
    expect(value(analyzeYaml(spec('2.2'), [storageAnalyzer]), 'storage/z2/zvol-efficiency')).toBeCloseTo(2 / 3, 12);
  });

  it('Z5: with OpenZFS 2.1 the default 8K volblock takes 24 KiB (1/3), not the PVE docs\' 16 KiB (Z5x)', () => {
    const analysis = analyzeYaml(spec('2.1'), [storageAnalyzer]);
    expect(value(analysis, 'storage/z2/zvol-efficiency')).toBeCloseTo(1 / 3, 12);
    expect(analysis.assumptions.map((assumption) => assumption.id)).toContain('storage/zfs-volblocksize-default');
  });
});

describe('storage analyzer: RAID and SHR', () => {
  it('SHR over 2+3+4+4 TB gives 9 TB, tolerates 1, and fills from used', () => {
    const analysis = analyzeYaml(`${head}hosts:
  - id: syno
    role: nas
    disks:
      - { id: a, size: 2TB, kind: hdd }
      - { id: b, size: 3TB, kind: hdd }
      - { id: c, size: 4TB, kind: hdd, count: 2 }
storage:
  raid: [{ id: vol1, host: syno, level: shr, disks: [a, b, c], used: 4.5TB, growthPerMonth: 100GB }]
`, [storageAnalyzer]);
    expect(fact(analysis, 'storage/vol1/usable')).toMatchObject({ value: 9 * TB, unit: 'bytes' });
    expect(fact(analysis, 'storage/vol1/raw')).toMatchObject({ value: 13 * TB });
    expect(value(analysis, 'storage/vol1/fault-tolerance')).toBe(1);
    expect(value(analysis, 'storage/vol1/fill')).toBeCloseTo(0.5, 12);
    // (9 TB × 0.8 − 4.5 TB) / (100 GB / 30) = 2.7 TB / 3.333 GB per day = 810 days.
    expect(value(analysis, 'storage/vol1/days-to-fill-limit')).toBeCloseTo(810, 9);
  });
});

describe('storage analyzer: Ceph', () => {
  const cluster = (hosts: number, used: string) => `${head}hosts:
${Array.from({ length: hosts }, (_, index) => `  - { id: n${index + 1}, role: hypervisor, disks: [{ id: osd, size: 3.84TB, kind: nvme, count: 2 }] }`).join('\n')}
storage:
  ceph:
    - id: ceph
      monitors: [n1, n2, n3]
      osds:
${Array.from({ length: hosts }, (_, index) => `        - { host: n${index + 1}, disk: osd-1 }\n        - { host: n${index + 1}, disk: osd-2 }`).join('\n')}
      pools:
        - { id: rbd, size: 3, ${used} }
        - { id: ec, type: erasure, k: 4, m: 2 }
`;

  it('three nodes × 2 × 3.84 TB: raw 23.04 TB, size 3 usable = raw × 0.95 / 3, min_size 2 (C11), no re-heal', () => {
    const analysis = analyzeYaml(cluster(3, 'used: 2.9TB'), [storageAnalyzer]);
    expect(fact(analysis, 'storage/ceph/raw')).toMatchObject({ value: 23.04 * TB, unit: 'bytes' });
    expect(value(analysis, 'storage/ceph/hosts')).toBe(3);
    expect(value(analysis, 'storage/ceph/osds')).toBe(6);
    expect(value(analysis, 'storage/rbd/usable')).toBeCloseTo((23.04 * TB * 0.95) / 3, 0);
    expect(value(analysis, 'storage/rbd/min-size')).toBe(2);
    expect(value(analysis, 'storage/rbd/fill')).toBeCloseTo((2.9 * TB) / ((23.04 * TB * 0.95) / 3), 12);
    expect(value(analysis, 'storage/ceph/max-raw-utilisation-for-host-loss')).toBeCloseTo(0.9 * (2 / 3), 12);
    expect(fact(analysis, 'storage/ceph/can-reheal-after-host-loss')).toMatchObject({ status: 'known', value: false, unit: 'boolean' });
    expect(value(analysis, 'storage/ec/usable')).toBeCloseTo((23.04 * TB * 0.95 * 4) / 6, 0);
    expect(value(analysis, 'storage/ec/min-size')).toBe(5);
    expect(value(analysis, 'storage/rbd/pgs-suggested')).toBe(256);
  });

  it('seven nodes re-heal while data fits; the EC pool with no used makes it unknown, with the question', () => {
    const analysis = analyzeYaml(cluster(7, 'used: 2.9TB'), [storageAnalyzer]);
    const reheal = fact(analysis, 'storage/ceph/can-reheal-after-host-loss');
    expect(reheal.status).toBe('unknown');
    expect(reheal.status === 'unknown' && reheal.question).toBe('ec used space is not given; whether ceph can re-heal after losing a host cannot be settled.');
    expect(value(analysis, 'storage/ceph/max-raw-utilisation-for-host-loss')).toBeCloseTo(0.9 * (6 / 7), 12);
  });

  it('states the default ratios as an assumption', () => {
    const analysis = analyzeYaml(cluster(3, 'used: 1TB'), [storageAnalyzer]);
    expect(analysis.assumptions.find((assumption) => assumption.id === 'storage/ceph-ratios-default')?.text).toContain('full 0.95, backfillfull 0.90, nearfull 0.85');
  });
});

describe('storage analyzer: degenerate inputs', () => {
  it('a Ceph cluster without OSDs and a zero-size disk give unknown fills, never a crash or a silent zero', () => {
    const analysis = analyzeYaml(`${head}hosts:
  - { id: h, role: nas, disks: [{ id: d, size: 0TB, kind: hdd }] }
storage:
  zfs: [{ id: empty, host: h, vdevs: [{ layout: stripe, disks: [d] }], used: 1GB }]
  ceph: [{ id: c, pools: [{ id: p, used: 1TB }] }]
`, [storageAnalyzer]);
    expect(value(analysis, 'storage/c/raw')).toBe(0);
    expect(fact(analysis, 'storage/p/fill').status).toBe('unknown');
    expect(fact(analysis, 'storage/empty/fill').status).toBe('unknown');
    expect(value(analysis, 'storage/c/can-reheal-after-host-loss')).toBe(false);
  });
});
