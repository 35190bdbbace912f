import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, normaliseVersion } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

const inventory = 'examples/hardware-inventory.md';
const offsite = 'examples/homelab-offsite.yaml';
const conflicting = 'test/fixtures/merge/conflicting-host.yaml';

describe('several inputs merged into one model (built CLI)', () => {
  it('plans from a Markdown inventory and a YAML spec given in the persona invocation (golden)', () => {
    const result = runCli([`Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: ${inventory}, ${offsite}. Patterns: chain-of-thought + rule-based reasoning.`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`- **Inputs:** \`${inventory}\`, \`${offsite}\` (merged)\n`);
    expect(result.stdout).toContain(`read from \`${inventory}\` and \`${offsite}\` (merged)`);
    expect(result.stdout).not.toContain('not supported yet');
    expectGolden('report/hardware-inventory+homelab-offsite.persona-task.md', normaliseVersion(result.stdout));
  });

  it('names every input in the JSON report', () => {
    const result = runCli(['plan', inventory, offsite, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.invocation).toMatchObject({ inputs: [inventory, offsite], used: inventory });
    const job = report.facts.find((fact: { id: string }) => fact.id.startsWith('backup/nightly-b2/'));
    expect(job).toBeDefined();
  });

  it('rejects an id two inputs define differently: exit 2, both files named, no output file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-merge-'));
    const result = runCli(['plan', inventory, conflicting, '-o', join(dir, 'report.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${conflicting}:7:11: error: hosts "nas" is also defined, differently, in ${inventory}:40:1: role is "backup-server" here but "nas" there (expected each id defined once across the inputs, or defined with the same values)\n  hint: give one of them another id, or keep one definition\n1 error(s), 0 warning(s)\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects two sites that disagree, naming where the first was set', () => {
    const result = runCli(['plan', 'examples/small-office.yaml', 'examples/two-node-homelab.yaml', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('examples/two-node-homelab.yaml:8:9: error: site.name is "Miller family homelab" here but "De Vries & Jansen Accountants" in examples/small-office.yaml:8:9');
  });

  it('validates and analyzes the merged model too', () => {
    const validated = runCli(['validate', inventory, offsite]);
    expect(validated.code).toBe(0);
    expect(validated.stdout.split('\n')[0]).toMatch(new RegExp(`^${inventory}, ${offsite}: valid \\(merged\\) — site "Miller family homelab": .*2 backup jobs`));
    const json = JSON.parse(runCli(['validate', inventory, offsite, '--format', 'json']).stdout);
    expect(json).toMatchObject({ file: inventory, files: [inventory, offsite], valid: true });
    const analyzed = runCli(['analyze', inventory, offsite, '--format', 'json']);
    expect(analyzed.code).toBe(0);
    expect(JSON.parse(analyzed.stdout)).toMatchObject({ file: inventory, files: [inventory, offsite] });
    const bad = runCli(['analyze', inventory, conflicting]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${conflicting}:7:11: error: hosts "nas"`);
  });

  it('cross-checks a report against several specs with lint --spec, repeated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-merge-'));
    const report = join(dir, 'report.md');
    expect(runCli(['plan', inventory, offsite, '-o', report]).code).toBe(0);
    const lint = runCli(['lint', report, '--spec', inventory, '--spec', offsite, '--format', 'json']);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)).toMatchObject({ spec: inventory, specs: [inventory, offsite] });
    const wrong = runCli(['lint', 'test/fixtures/plans/wrong-figures.md', '--spec', inventory, '--spec', offsite]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`plan/figure-disagrees  "pve1" installed memory stated as 64 GB; Kestra has 32 GiB (${inventory} + ${offsite}), 86 % off`);
    expect(wrong.stdout).toContain(`plan/unknown-entity  the plan names node "pve3", which ${inventory} + ${offsite} does not have`);
  });
});
