// The backup analyzer on inline specs: job RPO (domain.md §4, B5), 3-2-1 census (B1, B2), RTO (B7),
// retention storage, restore-test age and the open questions for what is missing.
import { describe, expect, it } from 'vitest';
import { backupAnalyzer } from '../../../src/analyze/backup/backup-analyzer.js';
import { GB, GiB, MiB } from '../../../src/model/quantities.js';
import { analyzeYaml, fact, value } from '../../helpers/analyze-spec.js';

const site = `version: 1
site: { name: Test }
hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: nvme, size: 2TB, kind: nvme }], nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p1" }] }
  - { id: pbs, role: backup-server, disks: [{ id: hdd, size: 8TB, kind: hdd, count: 2 }], nics: [{ id: eno1, speed: 1GbE, connectedTo: "sw1:p2" }] }
network:
  devices: [{ id: sw1, kind: switch, ports: [{ id: p1, speed: 1GbE }, { id: p2, speed: 1GbE }] }]
storage:
  zfs:
    - { id: local, host: pve1, vdevs: [{ layout: stripe, disks: [nvme] }] }
    - { id: backup-pool, host: pbs, vdevs: [{ layout: mirror, disks: [hdd] }] }
`;

describe('backup analyzer: B1, a primary and one local PBS copy', () => {
  const analysis = analyzeYaml(
    `${site}workloads:
  - { id: db, kind: vm, host: pve1, disk: 500GiB, storage: local }
  - { id: app, kind: container, runsOn: db }
  - { id: lost, kind: service, host: pbs }
backups:
  targets: [{ id: pbs-local, kind: pbs, host: pbs, pool: backup-pool, restoreRate: 200MiB/s }]
  jobs:
    - { id: nightly, tool: pbs, sources: [db], target: pbs-local, schedule: daily 02:00, duration: 1h, size: 400GB, changePerDay: 10GB, retention: { daily: 7, weekly: 4 }, verify: true, lastRestoreTest: 2026-01-01 }
`,
    [backupAnalyzer],
    { asOf: '2026-03-01' },
  );

  it('B5: daily at 02:00 taking 1 h has a worst-case RPO of 25 h', () => {
    expect(fact(analysis, 'backup/nightly/rpo')).toMatchObject({ status: 'known', value: 25 * 3600, unit: 'seconds' });
    expect(fact(analysis, 'backup/db/achieved-rpo')).toMatchObject({ status: 'known', value: 25 * 3600, unit: 'seconds' });
  });

  it('B1: 2 copies, 2 media, no offsite copy: 3-2-1 fails', () => {
    expect(fact(analysis, 'backup/db/copies')).toMatchObject({ value: 2, unit: 'count' });
    expect(fact(analysis, 'backup/db/media')).toMatchObject({ value: 2, unit: 'count' });
    expect(fact(analysis, 'backup/db/offsite-copies')).toMatchObject({ value: 0, unit: 'count' });
    expect(fact(analysis, 'backup/db/encrypted-offsite')).toMatchObject({ value: false, unit: 'boolean', formula: 'no offsite copy' });
    expect(fact(analysis, 'backup/db/three-two-one')).toMatchObject({ value: false, unit: 'boolean' });
  });

  it('B7: RTO = 5 min detect + 500 GiB at the target\'s 200 MiB/s restore rate (42.7 min) + 5 min boot', () => {
    expect(fact(analysis, 'backup/db/rto-estimate')).toMatchObject({ status: 'known', unit: 'seconds' });
    expect(value(analysis, 'backup/db/rto-estimate')).toBeCloseTo(300 + (500 * GiB) / (200 * MiB) + 300, 6);
  });

  it('a container inside the VM is protected by the VM\'s backup and restored with the VM\'s disk', () => {
    expect(value(analysis, 'backup/app/copies')).toBe(2);
    expect(value(analysis, 'backup/app/rto-estimate')).toBe(value(analysis, 'backup/db/rto-estimate'));
  });

  it('a workload no job covers has unknown RPO and RTO with the question', () => {
    const question = 'No backup job covers lost: no job\'s sources name it or its host pbs. Which job backs it up?';
    expect(fact(analysis, 'backup/lost/achieved-rpo')).toMatchObject({ status: 'unknown', value: null, question });
    expect(fact(analysis, 'backup/lost/rto-estimate')).toMatchObject({ status: 'unknown', question: 'lost has no backup copy, so its RTO cannot be estimated; which job backs it up?' });
    expect(value(analysis, 'backup/lost/copies')).toBe(1);
    expect(value(analysis, 'backup/lost/media')).toBe(1);
  });

  it('retention (PBS, incremental): one full + a day of changes for each of the 10 older points', () => {
    expect(fact(analysis, 'backup/nightly/retention-storage')).toMatchObject({ status: 'known', value: 400 * GB + 10 * 10 * GB, unit: 'bytes' });
  });

  it('restore test age in days from the given date', () => {
    expect(fact(analysis, 'backup/nightly/last-restore-test-age')).toMatchObject({ status: 'known', value: 59, unit: 'days' });
  });
});

describe('backup analyzer: B2, a local PBS synced offsite', () => {
  const analysis = analyzeYaml(
    `${site}workloads:
  - { id: db, kind: vm, host: pve1, disk: 100GB, storage: local }
  - { id: web, kind: vm, host: pve1, disk: 50GB, storage: local }
backups:
  targets:
    - { id: pbs-local, kind: pbs, host: pbs, pool: backup-pool }
    - { id: pbs-remote, kind: pbs, offsite: true, immutable: false }
    - { id: snapshots, kind: zfs, host: pve1, pool: local }
  jobs:
    - { id: hourly, tool: pbs, sources: [pve1], target: pbs-local, schedule: hourly, duration: 5m, encrypted: true, retention: { hourly: 24, daily: 7 }, size: 150GB, changePerDay: 24GB }
    - { id: sync, tool: pbs, sources: [pbs-local], target: pbs-remote, schedule: daily 05:00, duration: 2h, retention: { daily: 14 } }
    - { id: snap, tool: zfs-send, sources: [local], target: snapshots, schedule: every 15m, duration: 1m, retention: { last: 96 }, size: 150GB, changePerDay: 24GB }
    - { id: full, tool: vzdump, sources: [web], target: pbs-local, schedule: weekly sun 03:00, retention: { weekly: 4 }, size: 50GB }
`,
    [backupAnalyzer],
  );

  it('B2: primary + local PBS + synced offsite PBS: 3 copies, 2 media, 1 offsite, passes 3-2-1', () => {
    expect(value(analysis, 'backup/db/copies')).toBe(3);
    expect(value(analysis, 'backup/db/media')).toBe(2);
    expect(value(analysis, 'backup/db/offsite-copies')).toBe(1);
    expect(value(analysis, 'backup/db/three-two-one')).toBe(true);
  });

  it('B2: 3-2-1-1-0 still needs an immutable or offline copy and verified restores', () => {
    expect(value(analysis, 'backup/db/immutable-copies')).toBe(0);
    expect(fact(analysis, 'backup/db/three-two-one-one-zero')).toMatchObject({ value: false, formula: expect.stringContaining('no immutable or offline copy, restores are not verified') });
  });

  it('snapshots on the workload\'s own pool are neither a copy nor the achieved RPO (15 min + 1 min would be)', () => {
    expect(fact(analysis, 'backup/db/copies').formula).toContain("1 on the workload's own pool not counted");
    expect(value(analysis, 'backup/db/achieved-rpo')).toBe(3600 + 300);
  });

  it('the offsite copy is encrypted because the backup that fed the sync encrypts', () => {
    expect(value(analysis, 'backup/db/encrypted-offsite')).toBe(true);
  });

  it('offsite RPO bound: T + d + S + s over the chain', () => {
    expect(fact(analysis, 'backup/db/offsite-rpo')).toMatchObject({ status: 'known', value: 3600 + 300 + 86_400 + 7200, unit: 'seconds' });
  });

  it('without a restore rate the restore runs at the slowest link on its path', () => {
    expect(value(analysis, 'backup/db/rto-estimate')).toBeCloseTo(300 + (100 * GB * 8) / ((1e9 * 1448) / 1538) + 300, 6);
  });

  it('retention: vzdump keeps full copies; a job without a duration has an unknown RPO with its question', () => {
    expect(fact(analysis, 'backup/full/retention-storage')).toMatchObject({ value: 4 * 50 * GB, unit: 'bytes' });
    expect(fact(analysis, 'backup/full/rpo')).toMatchObject({ status: 'unknown', question: expect.stringContaining('How long does a run of full take (duration)?') });
  });

  it('achieved RPO is the best of every job covering the workload; a job without a duration cannot beat a shorter known one', () => {
    // web: hourly (via its host, 1 h 5 min) and the weekly vzdump "full" (no duration, at least 7 days).
    expect(fact(analysis, 'backup/web/achieved-rpo')).toMatchObject({ status: 'known', value: 3600 + 300 });
    expect(value(analysis, 'backup/web/copies')).toBe(3);
  });

  it('a job without a duration that could beat the known ones leaves the achieved RPO unknown', () => {
    const racy = analyzeYaml(`version: 1
site: { name: Test }
hosts: [{ id: h1, role: server }, { id: h2, role: backup-server }]
workloads: [{ id: w, kind: vm, host: h1 }]
backups:
  targets: [{ id: t1, kind: nas, host: h2 }, { id: t2, kind: usb, host: h2 }]
  jobs:
    - { id: daily, sources: [w], target: t1, schedule: daily 01:00, duration: 1h }
    - { id: hourly, sources: [w], target: t2, schedule: hourly }
`, [backupAnalyzer]);
    expect(fact(racy, 'backup/w/achieved-rpo')).toMatchObject({ status: 'unknown', question: 'How long does a run of hourly take (duration)? It decides the RPO of w.' });
  });

  it('a sync job sizes from the jobs it copies (one full of each, a day of their changes per point)', () => {
    // Jobs into pbs-local: hourly (150 GB, 24 GB/day) and full (50 GB, vzdump: no change rate) — so the sync's change rate is unknown.
    expect(fact(analysis, 'backup/sync/retention-storage')).toMatchObject({ status: 'unknown', question: expect.stringContaining('change per day') });
  });

  it('without --date the restore-test age is an open question', () => {
    expect(fact(analysis, 'backup/hourly/last-restore-test-age')).toMatchObject({ status: 'unknown', question: 'Has a restore from hourly ever been tested? No lastRestoreTest is recorded.' });
  });
});
