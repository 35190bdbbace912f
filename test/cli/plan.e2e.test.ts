import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionTitles } from '../../src/report/section-ids.js';
import { expectGolden, normaliseVersion } from '../helpers/golden.js';
import { examplesDir, reportExampleFiles } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const formats = [
  ['md', 'md'],
  ['json', 'json'],
  ['html', 'html'],
] as const;
const titles = Object.values(sectionTitles);

describe('kestra plan (built CLI): golden reports', () => {
  for (const file of reportExampleFiles) {
    for (const [format, extension] of formats) {
      it(`examples/${file} as ${format}`, () => {
        const result = runCli(['plan', `examples/${file}`, '--format', format]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expectGolden(`report/${file.replace(/\.(yaml|md)$/, '')}.${extension}`, normaliseVersion(result.stdout));
      });
    }
  }
});

describe('kestra plan (built CLI): the persona invocation, designed and planned', () => {
  it('examples/two-node-homelab.yaml with the seed\'s first task, as md (golden)', () => {
    const result = runCli(['Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: examples/two-node-homelab.yaml. Patterns: chain-of-thought + rule-based reasoning.']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectGolden('report/two-node-homelab.persona-task.md', normaliseVersion(result.stdout));
  });
});

describe('kestra plan (built CLI)', () => {
  it("runs the seed's first example invocation end to end and yields every section", () => {
    const input = existsSync(join(examplesDir, 'hardware-inventory.md')) ? 'examples/hardware-inventory.md' : 'examples/two-node-homelab.yaml';
    const invocation = `Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: ${input}. Patterns: chain-of-thought + rule-based reasoning.`;
    const result = runCli([invocation]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const title of titles) expect(result.stdout).toContain(`\n## ${title}\n`);
    expect(result.stdout).toContain('- **Task:** Design a two-node Proxmox cluster with shared storage and backup strategy');
    expect(result.stdout).toContain('- **Patterns:** `chain-of-thought`, `rule-based-reasoning` (as asked)');
    expect(result.stdout).toContain('**1. Assumptions.**');
    expect(result.stdout).toContain('### Rules in force');
  });

  it('takes the invocation after "plan" too, with flags after it', () => {
    const result = runCli(['plan', 'Persona: Kestra. Inputs: examples/small-office.yaml. Patterns: orchestration.', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.invocation).toMatchObject({ patterns: ['orchestration'], patternSource: 'given', used: 'examples/small-office.yaml' });
    expect(report.sections.every((section: { stage: string | null }) => section.stage !== null)).toBe(true);
  });

  it.each([
    [['Persona: Athena. Task: x. Inputs: examples/small-office.yaml.'], 'error: invocation: persona "Athena" is not supported\n  hint: supported personas: Kestra\n'],
    [
      ['Persona: Kestra. Inputs: examples/small-office.yaml. Patterns: tree-of-thought.'],
      'error: invocation: unknown pattern "tree-of-thought"\n  hint: supported patterns: planning-phase, chain-of-thought, rule-based-reasoning, recursive-self-eval, meta-rules, orchestration\n',
    ],
    [['plan', 'examples/small-office.yaml', '--patterns', 'cot,rule-basd'], 'error: unknown pattern "rule-basd"\n  hint: did you mean "rule-based-reasoning"? supported patterns: planning-phase, chain-of-thought, rule-based-reasoning, recursive-self-eval, meta-rules, orchestration\n'],
    [['plan', 'examples/small-office.yaml', '--date', '2026-02-30'], 'error: --date "2026-02-30" is not a date\n  hint: write it as YYYY-MM-DD, e.g. --date 2026-01-31\n'],
    [['Persona: Kestra. Task: plan something.'], 'error: no spec given\n  hint: name a spec, e.g. "kestra plan examples/two-node-homelab.yaml", or list it after "Inputs:" in the invocation\n'],
  ])('rejects %j with a usage error (exit 2, nothing on stdout)', (args, stderr) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(stderr);
  });

  it('is deterministic: two runs give the same bytes, and --date is the only clock', () => {
    const first = runCli(['plan', 'examples/three-node-ceph.yaml', '--format', 'html']);
    const second = runCli(['plan', 'examples/three-node-ceph.yaml', '--format', 'html']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // A designed and planned report too: blueprints, migration planner and the rules over the target.
    const task = ['plan', 'examples/two-node-homelab.yaml', '--task', 'Design a two-node Proxmox cluster with shared storage and backup strategy', '--format', 'json'];
    expect(runCli(task).stdout).toBe(runCli(task).stdout);
    const dated = runCli(['plan', 'examples/three-node-ceph.yaml', '--date', '2026-01-31']);
    expect(dated.stdout).toContain('- **Date:** 2026-01-31\n');
    expect(runCli(['plan', 'examples/three-node-ceph.yaml']).stdout).not.toContain('**Date:**');
  });

  it('stops with located errors when one of several inputs is bad, writing nothing', () => {
    const bad = runCli(['plan', 'examples/small-office.yaml', 'test/fixtures/bad/dangling-reference.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('test/fixtures/bad/dangling-reference.yaml:');
  });

  it('plans towards a target spec, listing what changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-target-'));
    const target = readFileSync(join(examplesDir, 'two-node-homelab.yaml'), 'utf8')
      .replace('hosts:\n', 'hosts:\n  - { id: qdev, role: sbc, model: Raspberry Pi 4, nics: [{ id: eth0, speed: 1GbE, connectedTo: "sw1:port4" }] }\n')
      .replace('      nodes: [pve1, pve2]\n', '      nodes: [pve1, pve2]\n      qdevice: { host: qdev }\n');
    writeFileSync(join(dir, 'target.yaml'), target);
    const result = runCli(['plan', 'examples/two-node-homelab.yaml', '--target', join(dir, 'target.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| hosts | `qdev` | — | — |');
    expect(result.stdout).toContain('| Proxmox clusters | — | — | `homelab` |');
    expect(result.stdout).toContain('**Network topology (target)**');
  });
});

describe('kestra plan -o (atomic write)', () => {
  it('writes the same report it would print, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-out-'));
    const result = runCli(['plan', 'examples/small-office.yaml', '-o', join(dir, 'report.md')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['report.md']);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(runCli(['plan', 'examples/small-office.yaml']).stdout);
  });

  it('leaves no file when the input is bad, and keeps the old one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-out-'));
    const fresh = runCli(['plan', 'test/fixtures/bad/dangling-reference.yaml', '-o', join(dir, 'report.md')]);
    expect(fresh.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'old.md'), 'the previous report\n');
    const over = runCli(['plan', 'test/fixtures/bad/syntax-error.yaml', '-o', join(dir, 'old.md')]);
    expect(over.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['old.md']);
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('the previous report\n');
  });

  it('fails with a usage error when the file cannot be written, leaving nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-out-'));
    const result = runCli(['plan', 'examples/small-office.yaml', '-o', join(dir, 'missing', 'report.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot write .*missing\/report\.md \(ENOENT\)\n {2}hint: check that the directory exists and is writable\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
