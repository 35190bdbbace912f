// The rule configuration through the MCP tools: kestra.config.yaml in the first root is applied as
// `kestra analyze` applies it from the working directory (severity overrides, rules turned off, custom
// rules), the config argument replaces it as --config does, and a broken one is a typed error with
// its located diagnostics. The SDK client against the BUILT server; the answers are compared with the CLI's.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE } from '../../src/rules/config/rule-setup.js';
import { DEFAULT_CONFIG } from '../../src/mcp/rule-config-input.js';
import { callError, callOk, startMcp, type McpSession } from '../helpers/mcp-client.js';
import { examplesDir, fixturesDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const date = '2026-10-01';
const houseRules = readFileSync(join(fixturesDir, 'config', 'house-rules.yaml'), 'utf8');
/** A misspelt field in a custom rule: line 5, column 21 is "critcality". */
const broken = 'rules:\n  - id: custom/x\n    title: X\n    for: workloads\n    when: [{ field: critcality, equals: high }]\n    message: x\n';

type Rules = { counts: Record<string, number> & { byRule: Record<string, number> }; findings: { ruleId: string; severity: string; message: string }[]; waived: { ruleId: string }[]; results: { ruleId: string; status: string }[] };

let configured: string;
let plain: string;
let other: string;
let session: McpSession;
let bare: McpSession;
beforeAll(async () => {
  configured = mkdtempSync(join(tmpdir(), 'kestra-mcp-config-'));
  plain = mkdtempSync(join(tmpdir(), 'kestra-mcp-noconfig-'));
  other = mkdtempSync(join(tmpdir(), 'kestra-mcp-otherconfig-'));
  for (const root of [configured, plain]) copyFileSync(join(examplesDir, 'two-node-homelab.yaml'), join(root, 'spec.yaml'));
  writeFileSync(join(configured, 'kestra.config.yaml'), houseRules);
  writeFileSync(join(configured, 'broken.yaml'), broken);
  writeFileSync(join(configured, 'strict.yaml'), 'severity:\n  storage/raidz1-large-disks: critical\n');
  // A waiver written beside the inventory, merged with it (waivers are part of the spec, not of the configuration).
  writeFileSync(join(configured, 'waivers.yaml'), 'version: 1\nsite:\n  name: Miller family homelab\nwaivers:\n  - rule: cluster/two-node-without-qdevice\n    subject: homelab\n    reason: a QDevice is ordered\n    expires: 2027-01-01\n');
  // A configuration in a later root does not apply: it belongs to another project.
  writeFileSync(join(other, 'kestra.config.yaml'), broken);
  // Started in the configured directory: the server's working directory does not matter, the first root does.
  [session, bare] = await Promise.all([startMcp(['--root', configured, '--root', plain]), startMcp(['--root', plain, '--root', other], { cwd: configured })]);
});
afterAll(async () => {
  await Promise.all([session.close(), bare.close()]);
  rmSync(configured, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

const cliRules = (cwd: string, ...args: string[]): Rules => (JSON.parse(runCli(['analyze', ...args, '--date', date, '--format', 'json'], { cwd }).stdout) as { rules: Rules }).rules;

describe('kestra mcp: the rule configuration of the first root', () => {
  it('analyze applies kestra.config.yaml exactly as `kestra analyze` in that directory does', async () => {
    const { structured, text } = await callOk(session.client, 'analyze', { path: 'spec.yaml', date });
    const rules = structured.rules as Rules;
    expect(rules).toEqual(cliRules(configured, 'spec.yaml'));
    expect(structured.config).toBe('kestra.config.yaml');
    // Changed severity: nothing critical is left; turned off: the UPS monitoring rule; added: the custom rule.
    expect(rules.counts.critical).toBe(0);
    expect(rules.findings.filter((finding) => finding.ruleId === 'security/management-reachable-from-untrusted').map((finding) => finding.severity)).toEqual(['medium']);
    expect(rules.counts.byRule['observability/no-ups-monitoring']).toBeUndefined();
    expect(rules.results.find((result) => result.ruleId === 'observability/no-ups-monitoring')?.status).toBe('disabled');
    expect(rules.findings.filter((finding) => finding.ruleId === 'custom/no-notes-on-hosts').map((finding) => finding.message)).toEqual(['Host nas has no notes.']);
    expect(text).toContain('custom/no-notes-on-hosts');
    expect(text).toContain('(rules configured by kestra.config.yaml)');
  });

  it('without a kestra.config.yaml in the first root, the built-in rules as they are (config null), whatever a later root holds', async () => {
    const { structured, text } = await callOk(bare.client, 'analyze', { path: 'spec.yaml', date });
    const rules = structured.rules as Rules;
    expect(rules).toEqual(cliRules(plain, 'spec.yaml'));
    expect(structured.config).toBeNull();
    expect(rules.counts.critical).toBeGreaterThan(0);
    expect(rules.counts.byRule['observability/no-ups-monitoring']).toBe(1);
    expect(text).not.toContain('rules configured by');
    expect((await callOk(bare.client, 'plan', { path: 'spec.yaml' })).structured.config).toBeNull();
  });

  it('the config argument replaces kestra.config.yaml, as --config does', async () => {
    const { structured } = await callOk(session.client, 'analyze', { path: 'spec.yaml', date, config: 'strict.yaml' });
    const rules = structured.rules as Rules;
    expect(rules).toEqual(cliRules(configured, 'spec.yaml', '--config', 'strict.yaml'));
    expect(structured.config).toBe('strict.yaml');
    expect(rules.findings.find((finding) => finding.ruleId === 'storage/raidz1-large-disks')?.severity).toBe('critical');
    // kestra.config.yaml is not read besides: the rule it turned off is back, its custom rule gone.
    expect(rules.counts.byRule['observability/no-ups-monitoring']).toBe(1);
    expect(rules.counts.byRule['custom/no-notes-on-hosts']).toBeUndefined();
  });

  it('a waiver merged in from a second file takes the finding out of the count, with the configuration still applied', async () => {
    const { structured } = await callOk(session.client, 'analyze', { paths: ['spec.yaml', 'waivers.yaml'], date });
    const rules = structured.rules as Rules;
    expect(rules).toEqual(cliRules(configured, 'spec.yaml', 'waivers.yaml'));
    expect(rules.waived.map((finding) => finding.ruleId)).toEqual(['cluster/two-node-without-qdevice']);
    expect(rules.findings.map((finding) => finding.ruleId)).not.toContain('cluster/two-node-without-qdevice');
    expect(structured).toMatchObject({ files: ['spec.yaml', 'waivers.yaml'], config: 'kestra.config.yaml' });
  });

  it('plan runs its findings with the same configuration and says which', async () => {
    const { structured } = await callOk(session.client, 'plan', { path: 'spec.yaml', date });
    expect(structured.config).toBe('kestra.config.yaml');
    const findings = (structured.report as { findings: { ruleId: string; severity: string }[] }).findings;
    expect(findings.map((finding) => finding.ruleId)).toContain('custom/no-notes-on-hosts');
    expect(findings.some((finding) => finding.severity === 'critical')).toBe(false);
    expect(structured.markdown).toBe(runCli(['plan', 'spec.yaml', '--date', date], { cwd: configured }).stdout);
  });

  it('a broken configuration is a typed invalid-input error with its located diagnostics, and nothing is computed', async () => {
    const error = await callError(session.client, 'analyze', { path: 'spec.yaml', config: 'broken.yaml' });
    expect(error).toMatchObject({ code: 'invalid-input', message: 'the rule configuration broken.yaml has 1 error(s); nothing was computed' });
    expect(error.diagnostics?.map((diagnostic) => [diagnostic.file, diagnostic.line, diagnostic.column])).toEqual([['broken.yaml', 5, 21]]);
    expect(error.text).toContain('broken.yaml:5:21: error: "critcality" is not a field of workloads');
    expect(error.text).toContain('did you mean "criticality"?');
    expect((await callError(session.client, 'plan', { path: 'spec.yaml', config: 'broken.yaml' })).diagnostics?.[0]).toMatchObject({ file: 'broken.yaml', line: 5, column: 21 });
  });

  it('a broken kestra.config.yaml in the first root: the same typed error under its own name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kestra-mcp-badconfig-'));
    copyFileSync(join(examplesDir, 'small-office.yaml'), join(root, 'office.yaml'));
    writeFileSync(join(root, 'kestra.config.yaml'), 'severity:\n  backup/no-ofsite-copy: low\n');
    const here = await startMcp(['--root', root]);
    try {
      const error = await callError(here.client, 'analyze', { path: 'office.yaml' });
      expect(error.code).toBe('invalid-input');
      expect(error.diagnostics).toEqual([expect.objectContaining({ file: 'kestra.config.yaml', line: 2, column: 3, code: 'unknown-rule-id' })]);
      expect(error.text).toContain('did you mean "backup/no-offsite-copy"?');
    } finally {
      await here.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the server looks for the file name the CLI reads', () => {
    expect(DEFAULT_CONFIG).toBe(CONFIG_FILE);
  });

  it('the config argument is confined to the roots, and must exist', async () => {
    expect((await callError(session.client, 'analyze', { path: 'spec.yaml', config: '../kestra.config.yaml' })).code).toBe('path-outside-roots');
    expect((await callError(session.client, 'analyze', { path: 'spec.yaml', config: '/etc/passwd' })).code).toBe('path-outside-roots');
    expect((await callError(session.client, 'analyze', { path: 'spec.yaml', config: 'missing.yaml' })).code).toBe('file-not-found');
    mkdirSync(join(configured, 'dir.yaml'), { recursive: true });
    expect((await callError(session.client, 'analyze', { path: 'spec.yaml', config: 'dir.yaml' })).code).toBe('not-a-file');
    expect(readFileSync(join(configured, 'kestra.config.yaml'), 'utf8')).toBe(houseRules);
  });
});
