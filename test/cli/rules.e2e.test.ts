/** `kestra analyze` findings, `kestra rules` and `kestra explain` through the built CLI: formats, exit codes, config, baselines. */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const homelab = 'examples/two-node-homelab.yaml';
const date = ['--date', '2026-10-01'];

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kestra-rules-'));
  copyFileSync(join(examplesDir, 'two-node-homelab.yaml'), join(dir, 'spec.yaml'));
  return dir;
}

describe('kestra analyze findings (built CLI)', () => {
  it('prints findings grouped by severity and layer, with locations and mitigations', () => {
    const result = runCli(['analyze', homelab, ...date]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('== Findings ==');
    expect(result.stdout).toMatch(/\nHIGH\n {2}availability\n/);
    expect(result.stdout).toContain('examples/two-node-homelab.yaml:161:7  high  cluster/two-node-without-qdevice  Cluster "homelab" has 2 nodes with 2 votes and no QDevice');
    expect(result.stdout).toContain('      mitigation: Add a QDevice');
  });

  it.each([
    ['critical', 1],
    ['high', 1],
    ['info', 1],
  ])('--fail-on %s exits %i on the homelab (it has a critical finding)', (severity, code) => {
    expect(runCli(['analyze', homelab, ...date, '--fail-on', severity]).code).toBe(code);
  });

  it('--fail-on critical exits 0 when nothing is critical, and without --fail-on findings never fail', () => {
    expect(runCli(['analyze', 'examples/three-node-ceph.yaml', ...date, '--fail-on', 'critical']).code).toBe(0);
    expect(runCli(['analyze', 'examples/three-node-ceph.yaml', ...date, '--fail-on', 'high']).code).toBe(1);
    expect(runCli(['analyze', homelab, ...date]).code).toBe(0);
  });

  it('bad input stays exit 2: invalid spec, unknown severity, bad date', () => {
    expect(runCli(['analyze', 'test/fixtures/bad/dangling-reference.yaml', '--fail-on', 'high']).code).toBe(2);
    const severity = runCli(['analyze', homelab, '--fail-on', 'severe']);
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain("Allowed choices are critical, high, medium, low, info");
    const badDate = runCli(['analyze', homelab, '--date', '2026-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date "2026-02-30" is not a date');
  });

  it('--format sarif prints a SARIF 2.1.0 log only', () => {
    const result = runCli(['analyze', homelab, ...date, '--format', 'sarif']);
    expect(result.code).toBe(0);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('examples/two-node-homelab.yaml');
  });

  it('reads kestra.config.yaml from the working directory: overrides, disabled rules, custom rules', () => {
    const dir = scratch();
    copyFileSync(join(fixturesDir, 'config', 'house-rules.yaml'), join(dir, 'kestra.config.yaml'));
    const result = runCli(['analyze', 'spec.yaml', ...date, '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    const { rules } = JSON.parse(result.stdout);
    expect(rules.counts.critical).toBe(0);
    expect(rules.counts.byRule['observability/no-ups-monitoring']).toBeUndefined();
    expect(rules.results.find((item: { ruleId: string }) => item.ruleId === 'observability/no-ups-monitoring').status).toBe('disabled');
    expect(rules.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'custom/no-notes-on-hosts').map((finding: { message: string }) => finding.message)).toEqual(['Host nas has no notes.']);
  });

  it('a broken --rules file is a located error, exit 2, no output', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'house.yaml'), 'rules:\n  - id: custom/x\n    title: X\n    for: workloads\n    when: [{ field: critcality, equals: high }]\n    message: x\n');
    const result = runCli(['analyze', 'spec.yaml', '--rules', 'house.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('house.yaml:5:21: error: "critcality" is not a field of workloads');
    expect(result.stderr).toContain('did you mean "criticality"?');
  });

  it('an unknown rule id in the spec\'s settings.severity is a located error', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'spec.yaml'), `${readFileSync(join(dir, 'spec.yaml'), 'utf8')}\nsettings:\n  severity:\n    backup/no-ofsite-copy: low\n`);
    const result = runCli(['analyze', 'spec.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/spec\.yaml:\d+:3: error: settings\.severity names rule "backup\/no-ofsite-copy", which does not exist/);
  });

  it('baseline: create, then only new findings fail, fixed ones shrink the file, never growing without --update-baseline', () => {
    const dir = scratch();
    const baseline = join(dir, 'kestra-baseline.json');
    expect(runCli(['analyze', 'spec.yaml', ...date, '--baseline', 'kestra-baseline.json'], { cwd: dir }).code).toBe(2);
    const created = runCli(['analyze', 'spec.yaml', ...date, '--baseline', 'kestra-baseline.json', '--update-baseline', '--fail-on', 'low'], { cwd: dir });
    expect(created.code).toBe(0);
    const initial = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(initial.findings.length).toBeGreaterThan(10);

    expect(runCli(['analyze', 'spec.yaml', ...date, '--baseline', 'kestra-baseline.json', '--fail-on', 'low'], { cwd: dir }).code).toBe(0);

    // Fix one finding (automated UPS shutdown) and add a new one (a port forward to the hypervisor UI).
    const spec = readFileSync(join(dir, 'spec.yaml'), 'utf8')
      .replace('automated: false        # USB cable plugged into the NAS, NUT never configured', 'automated: true')
      .replace('  vpns:\n    - { id: wg-home', '  portForwards:\n    - { id: pve-ui, port: 8006, to: pve1 }\n  vpns:\n    - { id: wg-home');
    writeFileSync(join(dir, 'spec.yaml'), spec);
    const after = runCli(['analyze', 'spec.yaml', ...date, '--baseline', 'kestra-baseline.json', '--fail-on', 'critical'], { cwd: dir });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('security/admin-exposed-to-wan [new]');
    expect(after.stdout).toMatch(/Baseline: 1 new, \d+ known, 1 fixed/);
    expect(after.stderr).toContain('shrank by 1 fixed finding(s)');
    const shrunk = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(shrunk.findings.length).toBe(initial.findings.length - 1);
    expect(shrunk.findings.some((entry: { ruleId: string }) => entry.ruleId === 'security/admin-exposed-to-wan')).toBe(false);
  });
});

describe('kestra rules and kestra explain (built CLI)', () => {
  it('lists the catalog, filtered by layer and severity', () => {
    const all = runCli(['rules']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^rule\s+severity\s+layer\s+title\n/);
    expect(Number(/(\d+) rule\(s\)/.exec(all.stdout)?.[1])).toBeGreaterThanOrEqual(40);
    const backupHigh = runCli(['rules', '--layer', 'backup', '--severity', 'high', '--format', 'json']);
    const ids = JSON.parse(backupHigh.stdout).map((rule: { id: string }) => rule.id);
    expect(ids).toContain('backup/no-offsite-copy');
    expect(ids.every((id: string) => id.startsWith('backup/'))).toBe(true);
  });

  it('explains a rule with rationale, remedy, references and both examples', () => {
    const result = runCli(['explain', 'backup/no-offsite-copy']);
    expect(result.code).toBe(0);
    for (const heading of ['Why it matters', 'What to do', 'References', 'Fires on', 'Passes']) expect(result.stdout).toContain(heading);
    expect(result.stdout).toContain('    backups:');
  });

  it('an unknown rule is a usage error with a suggestion', () => {
    const result = runCli(['explain', 'no-offsite-copy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "backup/no-offsite-copy"?');
  });
});
