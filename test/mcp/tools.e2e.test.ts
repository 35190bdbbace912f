// `kestra mcp` end to end: the SDK's own Client over stdio against the BUILT server, every tool on the
// examples. Figures are re-derived from /work/shared/reference/domain.md (Z12 deflate ratio, Z13/Z14
// slop, U1 linear UPS runtime, U5 Peukert) or compared with `kestra calc … --json`, which runs the
// same function.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GiB, TB } from '../../src/model/quantities.js';
import { calcJson } from '../helpers/calc-cli.js';
import { runCli } from '../helpers/run-cli.js';
import { callError, callOk, startMcp, type McpSession } from '../helpers/mcp-client.js';
import { examplesDir, exampleFiles, repoRoot } from '../helpers/paths.js';

let session: McpSession;
beforeAll(async () => {
  session = await startMcp(['--root', 'examples']);
});
afterAll(async () => {
  await session.close();
});

type Fact = { id: string; value: unknown; valueText: string; formula: string; unit: string; status: string };
const factOf = (structured: Record<string, unknown>, id: string): Fact => {
  const found = (structured.facts as Fact[]).find((fact) => fact.id === id);
  if (found === undefined) throw new Error(`no fact ${id}`);
  return found;
};

describe('kestra mcp: what it offers', () => {
  it('lists every tool with typed input and output schemas; only plan may write', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([
      'validate_inventory',
      'analyze',
      'plan',
      'what_if',
      'lint_plan',
      'list_rules',
      'explain_rule',
      'calc_availability',
      'calc_ceph',
      'calc_link',
      'calc_memory',
      'calc_migration',
      'calc_power',
      'calc_rpo',
      'calc_rto',
      'calc_transfer',
      'calc_ups',
      'calc_zfs',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.description?.length).toBeGreaterThan(40);
      const writes = tool.name === 'plan';
      expect(tool.annotations).toMatchObject({ readOnlyHint: !writes, destructiveHint: writes, openWorldHint: false });
    }
    const zfs = tools.find((tool) => tool.name === 'calc_zfs');
    expect(zfs?.inputSchema).toMatchObject({ required: ['layout', 'disks'], additionalProperties: false, properties: { layout: { enum: ['stripe', 'mirror', 'raidz1', 'raidz2', 'raidz3'] }, vdevs: { type: 'integer' } } });
    expect(tools.find((tool) => tool.name === 'analyze')?.inputSchema.properties).toMatchObject({ text: { maxLength: 2 * 1024 * 1024 } });
  });

  it('lists the spec JSON Schema, the persona and the examples as resources', async () => {
    const { resources } = await session.client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(['kestra://schema/spec.json', 'kestra://rules', 'kestra://persona', ...readdirSync(examplesDir).sort().map((name) => `kestra://examples/${name}`)]);
    const schema = await session.client.readResource({ uri: 'kestra://schema/spec.json' });
    expect(JSON.parse((schema.contents[0] as { text: string }).text)).toEqual(JSON.parse(readFileSync(join(repoRoot, 'schema', 'kestra.schema.json'), 'utf8')));
    const rules = await session.client.readResource({ uri: 'kestra://rules' });
    expect(JSON.parse((rules.contents[0] as { text: string }).text)).toEqual(JSON.parse(runCli(['rules', '--format', 'json']).stdout));
    const persona = await session.client.readResource({ uri: 'kestra://persona' });
    expect(persona.contents[0]).toMatchObject({ mimeType: 'text/markdown', text: readFileSync(join(repoRoot, 'docs', 'persona.md'), 'utf8') });
    const example = await session.client.readResource({ uri: 'kestra://examples/small-office.yaml' });
    expect((example.contents[0] as { text: string }).text).toBe(readFileSync(join(examplesDir, 'small-office.yaml'), 'utf8'));
    await expect(session.client.readResource({ uri: 'kestra://persona.md' })).rejects.toThrow(/Resource not found: kestra:\/\/persona\.md; did you mean kestra:\/\/persona\?/u);
  });

  it("offers the persona's two example invocations as prompts with task and inventory", async () => {
    const { prompts } = await session.client.listPrompts();
    expect(prompts.map((prompt) => [prompt.name, prompt.arguments?.map((argument) => argument.name)])).toEqual([
      ['design_infrastructure', ['task', 'inventory']],
      ['plan_migration', ['task', 'inventory']],
    ]);
    const verbatim = await session.client.getPrompt({ name: 'design_infrastructure' });
    const invocation = 'Persona: Kestra. Task: Design a two-node Proxmox cluster with shared storage and backup strategy. Inputs: hardware-inventory.md. Patterns: chain-of-thought + rule-based reasoning.';
    expect(verbatim.messages[0]?.content).toMatchObject({ type: 'resource', resource: { uri: 'kestra://persona', text: readFileSync(join(repoRoot, 'docs', 'persona.md'), 'utf8') } });
    expect((verbatim.messages[1]?.content as { text: string }).text.split('\n')[0]).toBe(invocation);
    const mine = await session.client.getPrompt({ name: 'plan_migration', arguments: { task: 'Move the IoT VLAN to OPNsense', inventory: 'two-node-homelab.yaml' } });
    const text = (mine.messages[1]?.content as { text: string }).text;
    expect(text.split('\n')[0]).toBe('Persona: Kestra. Task: Move the IoT VLAN to OPNsense. Inputs: two-node-homelab.yaml. Patterns: planning-phase + orchestration (for worker stage).');
    expect(text).toContain('validate_inventory (path "two-node-homelab.yaml"');
    expect(text).toContain('- calc_ups: UPS load and runtime');
    await expect(session.client.getPrompt({ name: 'plan_migration', arguments: { tsak: 'x' } })).rejects.toThrow(/invalid arguments for prompt plan_migration/u);
    await expect(session.client.getPrompt({ name: 'design' })).rejects.toThrow(/unknown prompt "design"/u);
  });
});

describe('kestra mcp: validate_inventory', () => {
  it.each(exampleFiles)('%s by path: valid, with what was understood and assumed', async (name) => {
    const { structured, text } = await callOk(session.client, 'validate_inventory', { path: name });
    expect(structured).toMatchObject({ file: name, valid: true, diagnostics: [] });
    const summary = structured.summary as { site: string; counts: Record<string, number> };
    const yaml = readFileSync(join(examplesDir, name), 'utf8');
    expect(yaml).toContain(summary.site);
    expect(summary.counts.hosts).toBeGreaterThan(0);
    expect((structured.assumptions as { id: string }[]).map((assumption) => assumption.id)).toContain('units/memory-gb-is-gib');
    expect(text).toContain(`${name}: valid — site "${summary.site}"`);
  });

  it('two-node-homelab: 3 hosts and an open question for what the inventory lacks', async () => {
    const { structured } = await callOk(session.client, 'validate_inventory', { path: 'two-node-homelab.yaml' });
    expect((structured.summary as { counts: Record<string, number> }).counts).toMatchObject({ hosts: 3, 'ZFS pools': 3, UPSes: 1 });
    expect((structured.openQuestions as { id: string }[]).map((question) => question.id)).toContain('storage/local-zfs-pve1/days-to-fill-limit');
  });

  it('inline text with errors: an answer (valid false) with located diagnostics, not a tool error', async () => {
    const text = 'version: 1\nsite: { name: Lab }\nhosts:\n  - id: pve1\n    role: hypervisr\n';
    const { structured, text: view } = await callOk(session.client, 'validate_inventory', { text });
    expect(structured.valid).toBe(false);
    expect(structured.summary).toBeUndefined();
    expect((structured.diagnostics as { file: string; line: number; column: number; severity: string }[]).map((d) => [d.file, d.line, d.column, d.severity])).toEqual([['inline.yaml', 5, 11, 'error']]);
    expect(view).toMatch(/^inline\.yaml: invalid\n\nDiagnostics:\n {2}inline\.yaml:5:11: error: hosts\[0\]\.role is the text "hypervisr" .*\n {4}hint: did you mean "hypervisor"\?\n$/u);
  });

  it('a Markdown inventory: what became of every line, what was assumed and what is unknown', async () => {
    const { structured, text } = await callOk(session.client, 'validate_inventory', { path: 'hardware-inventory.md' });
    expect(structured).toMatchObject({ file: 'hardware-inventory.md', valid: true });
    const lines = (structured.inventory as { lines: { line: number; status: string; fields: string[] }[] }).lines;
    expect(lines.find((line) => line.line === 11)).toMatchObject({ status: 'mapped', fields: ['hosts[pve1].memory', 'hosts[pve1].maxMemory'] });
    expect(lines.filter((line) => line.status === 'not-understood').length).toBeGreaterThan(0);
    expect((structured.openQuestions as unknown[]).length).toBeGreaterThan(0);
    expect(text).toContain('Read from hardware-inventory.md:');
    expect(text).toContain('Not understood:');
  });

  it('inline Markdown is read under inline.md', async () => {
    const markdown = '# Lab\n\n## pve1 — Proxmox node\n- CPU: i5-8500T\n- RAM: 32GB\n- Disk: 1TB NVMe\n';
    const { structured } = await callOk(session.client, 'validate_inventory', { text: markdown, format: 'markdown' });
    expect(structured).toMatchObject({ file: 'inline.md', valid: true, summary: { counts: { hosts: 1 } } });
  });

  it('inline JSON is located under inline.json', async () => {
    const { structured } = await callOk(session.client, 'validate_inventory', { text: '{"version": 1, "site": {"name": "Lab"}, "hosts": [{"id": "a", "role": 7}]}', format: 'json' });
    expect((structured.diagnostics as { file: string; line: number }[])[0]).toMatchObject({ file: 'inline.json', line: 1 });
  });
});

describe('kestra mcp: analyze', () => {
  it('two-node-homelab: usable capacity of tank (raidz1 4 × 8 TB: Z12 ratio 372, Z14 slop 128 GiB) and UPS runtime (Peukert, U5)', async () => {
    const { structured, text } = await callOk(session.client, 'analyze', { path: 'two-node-homelab.yaml' });
    expect(structured).toMatchObject({ file: 'two-node-homelab.yaml', site: expect.any(String) });
    const usable = factOf(structured, 'storage/tank/usable');
    expect(usable.value).toBe(Math.floor((32 * TB) / 512) * 372 - 128 * GiB);
    expect(usable).toMatchObject({ unit: 'bytes', status: 'known', formula: 'Σ vdev (raw >> 9) × deflate ratio − slop', valueText: '23.11 TB (21.02 TiB)' });
    const load = factOf(structured, 'power/ups1/load');
    expect(load.value).toBe(173);
    // 216 Wh × η 0.9 at 173 W, Peukert k = 1.2 over the 20 h rating.
    expect(factOf(structured, 'power/ups1/runtime').value).toBeCloseTo(20 * 3600 * ((216 * 0.9) / (173 * 20)) ** 1.2, 6);
    expect((structured.openQuestions as { id: string }[]).length).toBeGreaterThan(0);
    expect((structured.assumptions as { id: string }[]).length).toBeGreaterThan(0);
    expect(text).toMatch(/^Analysis of ".*" \(two-node-homelab\.yaml\)/u);
    expect(text).toMatch(/tank\s+Usable capacity\s+23\.11 TB \(21\.02 TiB\)/u);
  });

  it('answers what `kestra analyze --format json` prints: facts, failure analysis, rule findings', async () => {
    const here = await startMcp([]);
    try {
      const { structured, text } = await callOk(here.client, 'analyze', { path: 'examples/two-node-homelab.yaml', date: '2026-01-31' });
      const cli = JSON.parse(runCli(['analyze', 'examples/two-node-homelab.yaml', '--format', 'json', '--date', '2026-01-31']).stdout) as Record<string, unknown>;
      expect((structured.facts as Record<string, unknown>[]).map(({ valueText: _valueText, ...fact }) => fact)).toEqual(cli.facts);
      for (const key of ['file', 'site', 'openQuestions', 'assumptions', 'failure', 'rules']) expect(structured[key], key).toEqual(cli[key]);
      const failure = structured.failure as { spofs: { component: string; rank: number }[] };
      expect(failure.spofs.map((spof) => spof.component)).toContain('ups:ups1');
      const rules = structured.rules as { findings: { ruleId: string; location?: { line: number } }[]; counts: { total: number } };
      expect(rules.findings.find((finding) => finding.ruleId === 'cluster/two-node-without-qdevice')?.location?.line).toBe(161);
      expect(rules.counts.total).toBe(rules.findings.length);
      expect(text).toContain('== Findings ==');
      expect(text).toContain('cluster/two-node-without-qdevice');
    } finally {
      await here.close();
    }
  });

  it('filters by subject and layer to keep the answer short', async () => {
    const { structured } = await callOk(session.client, 'analyze', { path: 'two-node-homelab.yaml', subjects: ['tank'], layers: ['storage'] });
    const facts = structured.facts as { subject: string; layer: string }[];
    expect(facts.length).toBeGreaterThan(5);
    expect(new Set(facts.map((fact) => `${fact.layer}/${fact.subject}`))).toEqual(new Set(['storage/tank']));
  });

  it('every example analyses with every fact formatted', async () => {
    for (const name of [...exampleFiles, 'hardware-inventory.md']) {
      const { structured } = await callOk(session.client, 'analyze', { path: name, date: '2026-01-31' });
      const facts = structured.facts as Fact[];
      expect(facts.length).toBeGreaterThan(20);
      for (const fact of facts) expect(fact.valueText).not.toBe('');
    }
  });

  it('an invalid inventory is a typed invalid-input error with located diagnostics', async () => {
    const error = await callError(session.client, 'analyze', { text: 'version: 1\nsite: { name: Lab }\nhosts:\n  - { id: pve1, role: hypervisor, memory: lots }\n' });
    expect(error.code).toBe('invalid-input');
    expect(error.diagnostics?.map((d) => [d.file, d.line, d.column])).toEqual([["inline.yaml", 4, 43]]);
    expect(error.text).toMatch(/^error \(invalid-input\): inline\.yaml has 1 error\(s\); nothing was computed\n {2}inline\.yaml:4:43: error: /u);
  });

  it('a date that is not a calendar day is refused', async () => {
    const error = await callError(session.client, 'analyze', { path: 'small-office.yaml', date: '2026-02-30' });
    expect(error).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'date', message: 'a real calendar day' }] });
  });
});

describe('kestra mcp: what_if and the rules', () => {
  it('what_if: what goes down with pve1, and with the UPS, scenario by scenario', async () => {
    const { structured, text } = await callOk(session.client, 'what_if', { path: 'two-node-homelab.yaml', scenarios: ['pve1 down', 'ups1 fails'] });
    const [host, ups] = structured.scenarios as { text: string; failed: string[]; down: Record<string, string[]> }[];
    expect(host).toMatchObject({ text: 'pve1 down', failed: ['host:pve1'] });
    expect(host?.down.workload).toEqual(expect.arrayContaining(['homeassistant', 'adguard']));
    expect(host?.down.workload).not.toContain('nextcloud');
    expect(ups?.failed).toEqual(['ups:ups1']);
    expect(ups?.down.host).toEqual(['nas', 'pve1', 'pve2']);
    expect(text).toContain('== scenario: pve1 down ==');
  });

  it('what_if: an unknown component names the scenario and the closest id', async () => {
    const error = await callError(session.client, 'what_if', { path: 'two-node-homelab.yaml', scenarios: ['pve1 down', 'pve9 down'] });
    expect(error).toMatchObject({ code: 'invalid-arguments', hint: 'did you mean "pve1"?', issues: [{ path: 'scenarios.1' }] });
  });

  it('list_rules answers what `kestra rules --format json` prints', async () => {
    const { structured, text } = await callOk(session.client, 'list_rules', { layer: 'backup' });
    expect(structured.rules).toEqual(JSON.parse(runCli(['rules', '--layer', 'backup', '--format', 'json']).stdout));
    expect((structured.rules as { layer: string }[]).every((rule) => rule.layer === 'backup')).toBe(true);
    expect(text).toContain('backup/no-offsite-copy');
  });

  it('explain_rule: by id or by name; an unknown id gets the closest', async () => {
    const { structured, text } = await callOk(session.client, 'explain_rule', { rule: 'two-node-without-qdevice' });
    expect(structured).toMatchObject({ id: 'cluster/two-node-without-qdevice', severity: 'high', layer: 'cluster' });
    expect((structured.examples as { failing: string }).failing).toContain('nodes: [pve1, pve2]');
    expect(text).toBe(runCli(['explain', 'cluster/two-node-without-qdevice']).stdout);
    const error = await callError(session.client, 'explain_rule', { rule: 'backup/no-offsite-cpy' });
    expect(error).toMatchObject({ code: 'invalid-arguments', hint: 'did you mean "backup/no-offsite-copy"?' });
  });
});

describe('kestra mcp: plan', () => {
  it('answers the report `kestra plan` writes, in Markdown and as its JSON', async () => {
    const here = await startMcp([]);
    try {
      const args = ['plan', 'examples/two-node-homelab.yaml', '--date', '2026-01-31', '--task', 'Design a two-node Proxmox cluster with shared storage and backup strategy', '--patterns', 'chain-of-thought + rule-based reasoning'];
      const { structured, text } = await callOk(here.client, 'plan', {
        path: 'examples/two-node-homelab.yaml',
        date: '2026-01-31',
        task: 'Design a two-node Proxmox cluster with shared storage and backup strategy',
        patterns: ['chain-of-thought', 'rule-based reasoning'],
      });
      expect(structured.markdown).toBe(runCli(args).stdout);
      expect(text).toBe(structured.markdown);
      expect(structured.report).toEqual(JSON.parse(runCli([...args, '--format', 'json']).stdout));
      const report = structured.report as { invocation: { patterns: string[] }; sections: { id: string }[]; review: { passed: boolean } };
      expect(report.invocation.patterns).toEqual(['chain-of-thought', 'rule-based-reasoning']);
      expect(report.sections.map((section) => section.id)).toEqual(expect.arrayContaining(['summary', 'current-state', 'target-state', 'risks', 'action-steps', 'rollback']));
      expect(structured.written).toBeUndefined();
    } finally {
      await here.close();
    }
  });

  it('an unknown pattern is a typed error with the closest name', async () => {
    const error = await callError(session.client, 'plan', { path: 'two-node-homelab.yaml', patterns: ['chain-of-thoght'] });
    expect(error).toMatchObject({ code: 'invalid-arguments', message: 'unknown pattern "chain-of-thoght"', issues: [{ path: 'patterns' }] });
    expect(error.hint).toMatch(/^did you mean "chain-of-thought"\?/u);
  });

  it('output is refused without --allow-write, before any work', async () => {
    const error = await callError(session.client, 'plan', { path: 'two-node-homelab.yaml', output: 'report.md' });
    expect(error).toMatchObject({ code: 'write-not-allowed', message: 'writing "report.md" needs a server started with --allow-write' });
    expect(existsSync(join(examplesDir, 'report.md'))).toBe(false);
  });

  it('with --allow-write, writes the report inside the root, and only there', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kestra-plan-'));
    const writer = await startMcp(['--root', root, '--allow-write']);
    try {
      copyFileSync(join(examplesDir, 'small-office.yaml'), join(root, 'office.yaml'));
      const { structured } = await callOk(writer.client, 'plan', { path: 'office.yaml', output: 'report.html', date: '2026-01-31' });
      expect(structured.written).toBe('report.html');
      expect(readFileSync(join(root, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/iu);
      await callOk(writer.client, 'plan', { path: 'office.yaml', output: 'report.json' });
      expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toMatchObject({ format: 'kestra-report', site: expect.any(String) });
      expect((await callError(writer.client, 'plan', { path: 'office.yaml', output: '../escaped.md' })).code).toBe('path-outside-roots');
      expect(existsSync(join(root, '..', 'escaped.md'))).toBe(false);
    } finally {
      await writer.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('kestra mcp: lint_plan', () => {
  it('answers what `kestra lint --format json --spec` prints, figures cross-checked against the inventory', async () => {
    const here = await startMcp([]);
    try {
      const plan = 'test/fixtures/plans/wrong-figures.md';
      const { structured, text } = await callOk(here.client, 'lint_plan', { path: plan, specPath: 'examples/two-node-homelab.yaml' });
      expect(structured).toEqual(JSON.parse(runCli(['lint', plan, '--spec', 'examples/two-node-homelab.yaml', '--format', 'json']).stdout));
      const ruleIds = (structured.findings as { ruleId: string }[]).map((finding) => finding.ruleId);
      expect(ruleIds).toEqual(expect.arrayContaining(['plan/figure-disagrees', 'plan/unknown-entity', 'plan/unmentioned-spof']));
      expect(text).toBe(runCli(['lint', plan, '--spec', 'examples/two-node-homelab.yaml']).stdout);
    } finally {
      await here.close();
    }
  });

  it('a plan given as text is located in inline-plan.md; without a spec the cross-checks do not apply', async () => {
    const plan = '# Plan\n\n## Steps\n\n1. Run `zpool destroy tank`.\n';
    const { structured } = await callOk(session.client, 'lint_plan', { text: plan });
    expect(structured).toMatchObject({ file: 'inline-plan.md' });
    expect(structured.spec).toBeUndefined();
    const checks = structured.checks as { id: string; status: string }[];
    expect(checks.find((check) => check.id === 'plan/unmentioned-spof')?.status).toBe('not-applicable');
    expect((structured.findings as { ruleId: string; line: number }[]).some((finding) => finding.line === 5)).toBe(true);
  });

  it('an empty plan, a bad spec and a bad tolerance are typed errors', async () => {
    expect(await callError(session.client, 'lint_plan', { text: '   ' })).toMatchObject({ code: 'invalid-input', diagnostics: [{ file: 'inline-plan.md', code: 'empty-file' }] });
    expect(await callError(session.client, 'lint_plan', { text: '# Plan', specText: 'version: 1\nsite: {}\n' })).toMatchObject({ code: 'invalid-input', diagnostics: [{ file: 'inline.yaml' }] });
    expect(await callError(session.client, 'lint_plan', { text: '# Plan', tolerance: 'lots' })).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'tolerance' }] });
    expect(await callError(session.client, 'lint_plan', { text: '# Plan', specPath: 'x.yaml', specText: 'y' })).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'specText', message: 'specPath and specText exclude each other' }] });
  });
});

describe('kestra mcp: calculators answer exactly as `kestra calc --json`', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['calc_zfs', { layout: 'raidz2', disks: '6x8TB', ashift: 12, recordsize: '128K', used: '10TB', growth: '200GB' }, ['zfs', '--layout', 'raidz2', '--disks', '6x8TB', '--ashift', '12', '--recordsize', '128K', '--used', '10TB', '--growth', '200GB']],
    ['calc_ceph', { hosts: 3, osds: '2x4TB', size: 3, used: '2TB' }, ['ceph', '--hosts', '3', '--osds', '2x4TB', '--size', '3', '--used', '2TB']],
    ['calc_memory', { ram: '64GB', zfsPoolSize: '16TB', osds: 2, zfsVersion: '2.3', guests: '48GB' }, ['memory', '--ram', '64GB', '--zfs-pool-size', '16TB', '--osds', '2', '--zfs-version', '2.3', '--guests', '48GB']],
    ['calc_link', { rate: '10GbE', mtu: 9000, vlan: true }, ['link', '10GbE', '--mtu', '9000', '--vlan']],
    ['calc_transfer', { size: '4TB', link: '1GbE', timestamps: false }, ['transfer', '4TB', '--link', '1GbE', '--no-timestamps']],
    ['calc_migration', { memory: '8GB', link: '1GbE', dirtyRate: '50MB/s' }, ['migration', '--memory', '8GB', '--link', '1GbE', '--dirty-rate', '50MB/s']],
    ['calc_ups', { va: '1500VA', watts: '900W', batteryWh: '200Wh', load: '180W' }, ['ups', '--va', '1500', '--watts', '900', '--battery-wh', '200', '--load', '180W']],
    ['calc_power', { draw: '120W', price: '0.30EUR' }, ['power', '120W', '--price', '0.30EUR']],
    ['calc_rpo', { schedule: 'daily 02:00', duration: '1h', syncSchedule: 'daily 05:00', syncDuration: '2h' }, ['rpo', '--schedule', 'daily 02:00', '--duration', '1h', '--sync-schedule', 'daily 05:00', '--sync-duration', '2h']],
    ['calc_rto', { size: '500GiB', rate: '200MiB/s' }, ['rto', '--size', '500GiB', '--rate', '200MiB/s']],
    ['calc_availability', { availabilities: ['99.9%', '99.9%'], parallel: true }, ['availability', '99.9%', '99.9%', '--parallel']],
  ];

  it.each(cases)('%s', async (name, args, cli) => {
    const { structured, text } = await callOk(session.client, name, args);
    expect(structured).toEqual(calcJson(cli));
    expect(text).toContain(structured.title as string);
  });

  it('calc_zfs: usable of 6 × 8 TB raidz2 is (raw >> 9) × 341 − 128 GiB (Z12, Z14)', async () => {
    const { structured } = await callOk(session.client, 'calc_zfs', { layout: 'raidz2', disks: '6x8TB' });
    const usable = (structured.results as { key: string; amount: number }[]).find((line) => line.key === 'usable');
    expect(usable?.amount).toBe(Math.floor((48 * TB) / 512) * 341 - 128 * GiB);
  });

  it('calc_ups: 216 Wh at 100 W, η 0.9 runs at most 1.944 h (U1)', async () => {
    const { structured } = await callOk(session.client, 'calc_ups', { batteryWh: '216Wh', load: '100W', chemistry: 'lithium' });
    const results = structured.results as { key: string; amount: number; formula: string }[];
    expect(results.find((line) => line.key === 'runtime-linear')?.amount).toBeCloseTo(1.944 * 3600, 6);
    expect(results.find((line) => line.key === 'runtime')?.formula).toContain('linear upper bound');
  });

  it("a calculator's own checks come back as typed errors naming the tool's arguments", async () => {
    const error = await callError(session.client, 'calc_rto', { size: '1TB', rate: '100MB/s', link: '1GbE' });
    expect(error).toMatchObject({ code: 'invalid-arguments', message: 'give one of rate or link' });
    const disks = await callError(session.client, 'calc_zfs', { layout: 'raidz2', disks: '2x8TB' });
    expect(disks.message).toBe('disks gives 2 disk(s); a raidz2 vdev needs at least 3');
    expect(disks.hint).toBe('write e.g. disks 3x4TB');
  });
});
