import { noBackup } from '../../../src/rules/builtin/backup/no-backup.js';
import { noImmutableCopy } from '../../../src/rules/builtin/backup/no-immutable-copy.js';
import { noOffsiteCopy } from '../../../src/rules/builtin/backup/no-offsite-copy.js';
import { offsiteCopyUnencrypted } from '../../../src/rules/builtin/backup/offsite-copy-unencrypted.js';
import { restoreUntested } from '../../../src/rules/builtin/backup/restore-untested.js';
import { rpoNotMet } from '../../../src/rules/builtin/backup/rpo-not-met.js';
import { rtoNotMet } from '../../../src/rules/builtin/backup/rto-not-met.js';
import { targetSharesFateWithSource } from '../../../src/rules/builtin/backup/target-shares-fate-with-source.js';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../src/analyze/run-analysis.js';
import { runRules } from '../../../src/rules/engine.js';
import { HEADER, documentedExamples, fact, ruleTester, specModel } from '../../helpers/rule-tester.js';

const docker = `${HEADER}hosts:
  - { id: pve1, role: hypervisor }
  - { id: nas, role: nas }
workloads:
  - { id: docker, kind: vm, host: pve1, criticality: high }
  - { id: vaultwarden, kind: container, runsOn: docker, criticality: high }
`;
const noWorkloads = `${HEADER}hosts:\n  - { id: pve1, role: hypervisor }\n`;

ruleTester.run(noBackup, {
  valid: [
    ...documentedExamples(noBackup, []).valid,
    { name: 'a container is covered by the backup of the VM it runs in', spec: `${docker}backups:\n  targets: [{ id: t, kind: nas, host: nas }]\n  jobs: [{ id: j, sources: [docker], target: t, schedule: daily 02:00 }]\n` },
    { name: 'a host-level backup covers its guests', spec: `${docker}backups:\n  targets: [{ id: t, kind: nas, host: nas }]\n  jobs: [{ id: j, sources: [pve1], target: t, schedule: daily 02:00 }]\n` },
  ],
  invalid: [
    ...documentedExamples(noBackup, [{ messageId: 'none', subject: 'wiki', line: 6, column: 5 }]).invalid,
    { name: 'VM and container unprotected', spec: docker, errors: [{ messageId: 'none', subject: 'docker', line: 7, column: 5 }, { messageId: 'none', subject: 'vaultwarden', line: 8, column: 5 }] },
  ],
  notApplicable: [{ name: 'only low-criticality workloads', spec: `${noWorkloads}workloads:\n  - { id: media, kind: ct, host: pve1, criticality: low }\n` }],
});

ruleTester.run(targetSharesFateWithSource, {
  valid: documentedExamples(targetSharesFateWithSource, []).valid,
  invalid: [
    ...documentedExamples(targetSharesFateWithSource, [{ messageId: 'sameHost', subject: 'nightly', line: 9, column: 10 }]).invalid,
    {
      name: 'target on the pool that holds the guest',
      spec: `${HEADER}hosts:
  - { id: pve1, role: hypervisor, disks: [{ id: ssd, size: 1TB, kind: ssd, count: 2 }] }
storage:
  zfs: [{ id: local, host: pve1, vdevs: [{ layout: mirror, disks: [ssd] }] }]
workloads:
  - { id: wiki, kind: vm, host: pve1, storage: local }
backups:
  targets: [{ id: snaps, kind: zfs, host: pve1, pool: local }]
  jobs: [{ id: nightly, sources: [wiki], target: snaps, schedule: daily 02:00 }]
`,
      errors: [{ messageId: 'samePool', subject: 'nightly', line: 11, column: 10 }],
    },
  ],
  notApplicable: [{ name: 'no jobs', spec: noWorkloads }],
});

ruleTester.run(noOffsiteCopy, {
  ...documentedExamples(noOffsiteCopy, [{ messageId: 'onsite', subject: 'nightly', line: 10, column: 10 }]),
  notApplicable: [{ name: 'no jobs', spec: noWorkloads }],
});

const offsiteSync = (encrypted: boolean, tool: string) => `${HEADER}hosts:
  - { id: pve1, role: hypervisor }
  - { id: pbs, role: backup-server }
workloads:
  - { id: wiki, kind: vm, host: pve1 }
backups:
  targets:
    - { id: local, kind: pbs, host: pbs }
    - { id: remote, kind: pbs, offsite: true }
  jobs:
    - { id: nightly, tool: pbs, sources: [wiki], target: local, schedule: daily 02:00, encrypted: ${encrypted} }
    - { id: sync, tool: ${tool}, sources: [local], target: remote, schedule: daily 05:00 }
`;

ruleTester.run(offsiteCopyUnencrypted, {
  valid: [
    ...documentedExamples(offsiteCopyUnencrypted, []).valid,
    { name: 'a PBS sync of encrypted backups stays encrypted', spec: offsiteSync(true, 'pbs') },
  ],
  invalid: [
    ...documentedExamples(offsiteCopyUnencrypted, [{ messageId: 'plain', subject: 'offsite', line: 9, column: 10 }]).invalid,
    { name: 'a PBS sync of unencrypted backups', spec: offsiteSync(false, 'pbs'), errors: [{ messageId: 'plain', subject: 'sync', line: 14, column: 7 }] },
    { name: 'rclone does not inherit encryption', spec: offsiteSync(true, 'rclone'), errors: [{ messageId: 'plain', subject: 'sync', line: 14, column: 7 }] },
  ],
  notApplicable: [{ name: 'no offsite target', spec: noOffsiteCopy.meta.examples.failing }],
});

ruleTester.run(noImmutableCopy, {
  valid: [
    ...documentedExamples(noImmutableCopy, []).valid,
    { name: 'an offline USB rotation counts', spec: noImmutableCopy.meta.examples.failing.replace('{ id: nas-dumps, kind: nas, host: nas }', '{ id: nas-dumps, kind: usb, host: nas, offline: true }') },
  ],
  invalid: documentedExamples(noImmutableCopy, [{ messageId: 'mutable', subject: 'nightly', line: 10, column: 10 }]).invalid,
  notApplicable: [{ name: 'no jobs', spec: noWorkloads }],
});

ruleTester.run(restoreUntested, {
  valid: [
    ...documentedExamples(restoreUntested, []).valid,
    { name: 'exactly 90 days ago', spec: restoreUntested.meta.examples.passing.replace('2026-09-20', '2026-07-03') },
  ],
  invalid: [
    ...documentedExamples(restoreUntested, [{ messageId: 'never', subject: 'nightly', line: 10, column: 10 }]).invalid,
    { name: '91 days ago', spec: restoreUntested.meta.examples.passing.replace('2026-09-20', '2026-07-02'), errors: [{ messageId: 'stale', subject: 'nightly', line: 10, column: 10 }] },
    { name: 'a 30-day policy', spec: restoreUntested.meta.examples.passing.replace('2026-09-20', '2026-08-01'), options: { maxDays: 30 }, errors: [{ messageId: 'stale', subject: 'nightly', line: 10, column: 10 }] },
  ],
  notApplicable: [{ name: 'sync jobs only copy backups', spec: `${HEADER}backups:\n  targets: [{ id: a, kind: nas }, { id: b, kind: cloud, offsite: true }]\n  jobs: [{ id: sync, sources: [a], target: b, schedule: daily 05:00 }]\n` }],
});

ruleTester.run(rpoNotMet, {
  valid: [{ name: '6-hourly meets 24 h', spec: rpoNotMet.meta.examples.passing, facts: [fact('backup/wiki/achieved-rpo', 6 * 3600 + 600, 'seconds')] }],
  invalid: [
    // B5: daily at 02:00 taking 1 h gives a worst-case RPO of 25 h.
    { name: 'B5: daily + 1 h = 25 h > 24 h', spec: rpoNotMet.meta.examples.failing, facts: [fact('backup/wiki/achieved-rpo', 25 * 3600, 'seconds')], errors: [{ messageId: 'exceeded', subject: 'wiki', line: 7, column: 5 }] },
  ],
  notApplicable: [
    { name: 'backup analyzer not run', spec: rpoNotMet.meta.examples.failing },
    { name: 'no RPO target', spec: rpoNotMet.meta.examples.failing.replace(', rpo: 24h', ''), facts: [fact('backup/wiki/achieved-rpo', 25 * 3600, 'seconds')] },
  ],
});

ruleTester.run(rtoNotMet, {
  valid: [{ name: 'small restore', spec: rtoNotMet.meta.examples.passing, facts: [fact('backup/files/rto-estimate', 3600, 'seconds')] }],
  invalid: [{ name: '4 TB over 100 Mbit/s', spec: rtoNotMet.meta.examples.failing, facts: [fact('backup/files/rto-estimate', 90 * 3600, 'seconds')], errors: [{ messageId: 'exceeded', subject: 'files', line: 6, column: 5 }] }],
  notApplicable: [{ name: 'no estimate', spec: rtoNotMet.meta.examples.failing }],
});

describe('backup/restore-untested without a date (kestra plan without --date)', () => {
  const run = (spec: string) => {
    const { model, diagnostics } = specModel(spec);
    return runRules({ model, analysis: runAnalysis(model, []), diagnostics, rules: [restoreUntested] }).findings.map((finding) => finding.messageId);
  };

  it('still reports a job never restore-tested: that needs no date', () => {
    expect(run(restoreUntested.meta.examples.failing)).toEqual(['never']);
  });

  it('leaves the age of a recorded test unjudged (its fact asks for the date instead)', () => {
    expect(run(restoreUntested.meta.examples.passing.replace('2026-09-20', '2020-01-01'))).toEqual([]);
  });
});
