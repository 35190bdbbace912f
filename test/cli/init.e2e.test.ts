/** `kestra validate x.md` and `kestra init` on the built CLI, as a user runs them. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixturesDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const secrets = /hunter2|8f4b1c2e|PVEAPIToken=|CorrectHorse|s3cr3t/;

describe('kestra validate <inventory.md> (built CLI)', () => {
  it('prints what was understood, assumed and still open, and exits 0', () => {
    const result = runCli(['validate', 'examples/hardware-inventory.md']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^examples\/hardware-inventory\.md: valid — site "Miller family homelab": 3 hosts/);
    expect(result.stdout).toContain('Understood:\n');
    expect(result.stdout).toContain('examples/hardware-inventory.md:11  hosts[pve1]: memory, maxMemory');
    expect(result.stdout).toContain('Not understood:\n  examples/hardware-inventory.md:6   "Two mini PCs');
    expect(result.stdout).toContain('Assumed:\n');
    expect(result.stdout).toContain('APC Back-UPS Pro BR1500GI: 865W real-power rating');
    // The UPS battery energy is asked for: the catalog assumes none (docs/hardware-catalog.md).
    expect(result.stdout).toContain('Open questions:\n  - ups: battery energy (Wh) not given; runtime cannot be estimated. (line 62)\n  - nas: power draw');
  });

  it('lists every non-empty line of the inventory exactly once', () => {
    const result = runCli(['validate', '--format', 'json', 'examples/hardware-inventory.md']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { inventory: { lines: { line: number }[] }; openQuestions: unknown[] };
    const text = readFileSync(join(examplesDir, 'hardware-inventory.md'), 'utf8');
    const nonEmpty = text.split('\n').flatMap((line, index) => (line.trim() ? [index + 1] : []));
    expect(parsed.inventory.lines.map((line) => line.line)).toEqual(nonEmpty);
    expect(parsed.openQuestions.length).toBeGreaterThan(0);
  });

  it('never prints a planted secret, in text or JSON', () => {
    for (const format of ['text', 'json']) {
      const result = runCli(['validate', '--format', format, 'test/fixtures/markdown/secrets.md']);
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(secrets);
    }
    expect(runCli(['validate', 'test/fixtures/markdown/secrets.md']).stderr).toContain('test/fixtures/markdown/secrets.md:6:1: warning: a secret was found here');
  });

  it('validates every inventory of the corpus', () => {
    for (const name of readdirSync(join(fixturesDir, 'markdown'))) {
      const result = runCli(['validate', `test/fixtures/markdown/${name}`]);
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
    }
  });
});

describe('kestra init (built CLI)', () => {
  it('writes a commented spec from an inventory that validates, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-init-'));
    const inventory = join(examplesDir, 'hardware-inventory.md');
    const first = runCli(['init', '--from', inventory, '-o', 'infra.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/infra\.yaml: written from .*hardware-inventory\.md \(\d+ assumption\(s\), \d+ open question\(s\) marked in comments\)/);
    const yaml = readFileSync(join(dir, 'infra.yaml'), 'utf8');
    expect(yaml).toContain('# assumed:');
    expect(yaml).toContain('# open question:');
    const validate = runCli(['validate', 'infra.yaml'], { cwd: dir });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^infra\.yaml: valid — site "Miller family homelab": 3 hosts/);
    const again = runCli(['init', '--from', inventory, '-o', 'infra.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('error: infra.yaml already exists');
    expect(readFileSync(join(dir, 'infra.yaml'), 'utf8')).toBe(yaml);
    expect(runCli(['init', '--from', inventory, '-o', 'infra.yaml', '--force'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['infra.yaml']);
  });

  it('writes a commented starter spec without input, and it validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-init-'));
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'infra.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
    expect(runCli(['validate', 'infra.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('prints to stdout with -o -, and keeps secrets out', () => {
    const result = runCli(['init', '--from', 'test/fixtures/markdown/secrets.md', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('version: 1');
    expect(result.stdout + result.stderr).not.toMatch(secrets);
  });

  it('exits 2 and writes nothing for an inventory that is not text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kestra-init-'));
    writeFileSync(join(dir, 'junk.md'), Buffer.from([0, 159, 146, 150]));
    const result = runCli(['init', '--from', 'junk.md', '-o', 'out.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('junk.md:1:1: error: file contains a NUL byte');
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });

  it('exits 2 with a usage error for a missing inventory', () => {
    const result = runCli(['init', '--from', 'nope.md', '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: cannot read nope.md');
  });
});

describe('kestra analyze <inventory.md> (built CLI)', () => {
  it('lists the inventory\'s open questions with the analysis', () => {
    const result = runCli(['analyze', 'examples/hardware-inventory.md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Open questions:\n  - ups: battery energy (Wh) not given');
    expect(result.stdout).toContain('\n  - nas: power draw (idle/load watts at the wall) not given');
  });
});
