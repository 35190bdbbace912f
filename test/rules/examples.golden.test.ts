/**
 * The examples' findings as golden files (test/golden/rules/<example>.json, from the built CLI with a
 * fixed --date). The complete finding-count object is asserted here too, so a careless golden update
 * still fails, and each example is checked for the findings its setup deserves and for absurd ones.
 * The counts change when more analyzers land (network, power, backup facts; failure analysis).
 */
import { describe, expect, it } from 'vitest';
import type { FindingCounts } from '../../src/rules/engine.js';
import { exampleFiles } from '../helpers/paths.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

interface Expectation {
  readonly counts: FindingCounts;
  /** Rules the setup deserves; each must fire. */
  readonly deserved: readonly string[];
  /** Rules that would be absurd here; none may fire. */
  readonly absurd: readonly string[];
}

const expectations: Record<(typeof exampleFiles)[number], Expectation> = {
  'two-node-homelab.yaml': {
    counts: {
      total: 36, critical: 1, high: 17, medium: 12, low: 1, info: 5, waived: 0,
      byRule: { 'availability/single-point-of-failure': 9, 'backup/no-immutable-copy': 1, 'backup/no-offsite-copy': 1, 'backup/restore-untested': 1, 'backup/rpo-not-met': 3, 'cluster/corosync-without-redundant-link': 1, 'cluster/two-node-without-qdevice': 1, 'general/open-question': 5, 'observability/alerting-depends-on-watched-hosts': 1, 'observability/host-not-monitored': 2, 'observability/no-backup-job-monitoring': 1, 'observability/no-smart-monitoring': 1, 'observability/no-ups-monitoring': 1, 'observability/service-not-monitored': 2, 'power/no-automated-shutdown': 1, 'security/management-reachable-from-untrusted': 1, 'security/remote-access-without-mfa': 1, 'storage/critical-data-without-redundancy': 2, 'storage/raidz1-large-disks': 1 },
    },
    deserved: ['availability/single-point-of-failure', 'cluster/two-node-without-qdevice', 'storage/raidz1-large-disks', 'backup/no-offsite-copy', 'backup/rpo-not-met', 'power/no-automated-shutdown', 'storage/critical-data-without-redundancy', 'security/remote-access-without-mfa'],
    absurd: ['storage/ceph-fewer-than-three-nodes', 'cluster/ha-with-fewer-than-three-votes', 'storage/smr-disk-in-zfs', 'security/admin-exposed-to-wan', 'backup/offsite-copy-unencrypted', 'power/critical-device-not-on-ups', 'storage/pool-above-fill-limit'],
  },
  'three-node-ceph.yaml': {
    counts: {
      total: 17, critical: 0, high: 9, medium: 7, low: 0, info: 1, waived: 0,
      byRule: { 'availability/single-point-of-failure': 5, 'backup/no-immutable-copy': 2, 'backup/restore-untested': 1, 'backup/rpo-not-met': 3, 'general/open-question': 1, 'network/device-config-not-backed-up': 1, 'network/link-saturated': 1, 'observability/alerting-depends-on-watched-hosts': 1, 'observability/no-external-alert-route': 1, 'storage/ceph-no-room-to-reheal': 1 },
    },
    deserved: ['availability/single-point-of-failure', 'storage/ceph-no-room-to-reheal', 'backup/rpo-not-met', 'observability/no-external-alert-route', 'backup/no-immutable-copy'],
    absurd: ['cluster/two-node-without-qdevice', 'cluster/ha-with-fewer-than-three-votes', 'cluster/corosync-without-redundant-link', 'storage/ceph-pool-replication', 'storage/ceph-fewer-than-three-nodes', 'backup/no-offsite-copy', 'backup/no-backup', 'power/no-automated-shutdown', 'security/remote-access-without-mfa', 'cluster/ha-guest-without-shared-storage', 'availability/n-plus-one'],
  },
  'small-office.yaml': {
    counts: {
      total: 32, critical: 0, high: 12, medium: 17, low: 0, info: 3, waived: 0,
      byRule: { 'availability/single-point-of-failure': 7, 'backup/no-immutable-copy': 2, 'backup/restore-untested': 2, 'backup/rpo-not-met': 4, 'compute/memory-overcommit': 1, 'compute/vcpu-overcommit': 1, 'general/open-question': 3, 'network/device-config-not-backed-up': 1, 'network/link-saturated': 2, 'observability/alerting-depends-on-watched-hosts': 1, 'observability/no-backup-job-monitoring': 1, 'observability/service-not-monitored': 5, 'security/remote-access-without-mfa': 1, 'storage/single-parity-raid-large-disks': 1 },
    },
    deserved: ['storage/single-parity-raid-large-disks', 'compute/vcpu-overcommit', 'compute/memory-overcommit', 'backup/restore-untested', 'network/device-config-not-backed-up', 'security/remote-access-without-mfa'],
    absurd: ['security/admin-exposed-to-wan', 'security/remote-access-by-port-forward', 'backup/no-offsite-copy', 'backup/offsite-copy-unencrypted', 'power/no-automated-shutdown', 'cluster/two-node-without-qdevice', 'storage/critical-data-without-redundancy'],
  },
};

describe.each(exampleFiles)('findings of examples/%s', (file) => {
  const result = runCli(['analyze', `examples/${file}`, '--format', 'json', '--date', '2026-10-01']);
  const rules = JSON.parse(result.stdout || '{}').rules as { counts: FindingCounts; findings: { ruleId: string; mitigation: string; references: string[]; location?: unknown }[] };
  const expected = expectations[file];

  it('match the golden file and the complete count object', () => {
    expect(result.code).toBe(0);
    expect(rules.counts).toEqual(expected.counts);
    expectGolden(`rules/${file.replace(/\.yaml$/u, '')}.json`, `${JSON.stringify(rules, null, 2)}\n`);
  });

  it('fire what the setup deserves and nothing absurd', () => {
    const fired = new Set(rules.findings.map((finding) => finding.ruleId));
    for (const id of expected.deserved) expect(fired, id).toContain(id);
    for (const id of expected.absurd) expect(fired.has(id), id).toBe(false);
  });

  it('every finding is located and carries a mitigation', () => {
    for (const finding of rules.findings) {
      expect(finding.location).toBeDefined();
      expect(finding.mitigation.length).toBeGreaterThan(20);
    }
  });
});
