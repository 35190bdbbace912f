// Several inventories of one site merged into one model through the MCP tools, as `kestra analyze a.md
// b.yaml` merges them: the SDK client against the BUILT server. The merged answer is compared with the
// CLI's; a clash names both files; every path stays confined to the roots.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INVENTORY_FILES } from '../../src/mcp/inventory-input.js';
import { callError, callOk, startMcp, type McpSession } from '../helpers/mcp-client.js';
import { examplesDir } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const pair = ['examples/hardware-inventory.md', 'examples/homelab-offsite.yaml'];

let repo: McpSession;
let root: string;
let scratch: McpSession;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kestra-mcp-merge-'));
  copyFileSync(join(examplesDir, 'hardware-inventory.md'), join(root, 'hardware-inventory.md'));
  copyFileSync(join(examplesDir, 'homelab-offsite.yaml'), join(root, 'homelab-offsite.yaml'));
  // The offsite target again, but local: the same id defined differently in a third file.
  writeFileSync(join(root, 'clash.yaml'), 'version: 1\nsite:\n  name: Miller family homelab\nbackups:\n  targets:\n    - id: b2-offsite\n      kind: nas\n      media: hdd\n');
  [repo, scratch] = await Promise.all([startMcp([]), startMcp(['--root', root])]);
});
afterAll(async () => {
  await Promise.all([repo.close(), scratch.close()]);
  rmSync(root, { recursive: true, force: true });
});

describe('kestra mcp: several inventories merged (paths)', () => {
  it('validate_inventory: one model from the Markdown inventory and the YAML spec, both files named', async () => {
    const { structured, text } = await callOk(repo.client, 'validate_inventory', { paths: pair });
    expect(structured).toMatchObject({ file: pair[0], files: pair, valid: true, diagnostics: [] });
    const cli = JSON.parse(runCli(['validate', ...pair, '--format', 'json']).stdout) as { summary: { counts: Record<string, number> } };
    expect((structured.summary as { counts: Record<string, number> }).counts).toEqual(cli.summary.counts);
    // The offsite target exists only in the YAML file, the hosts only in the Markdown one.
    expect(cli.summary.counts).toMatchObject({ hosts: 3, 'backup jobs': 2 });
    expect(text).toMatch(/^examples\/hardware-inventory\.md, examples\/homelab-offsite\.yaml \(merged\): valid — site "Miller family homelab": 3 hosts, /u);
  });

  it('analyze: what `kestra analyze a.md b.yaml --format json` prints, files and all', async () => {
    const { structured, text } = await callOk(repo.client, 'analyze', { paths: pair, date: '2026-01-31' });
    const cli = JSON.parse(runCli(['analyze', ...pair, '--format', 'json', '--date', '2026-01-31']).stdout) as Record<string, unknown>;
    expect(cli.files).toEqual(pair);
    for (const key of ['file', 'files', 'site', 'openQuestions', 'assumptions', 'failure', 'rules']) expect(structured[key], key).toEqual(cli[key]);
    expect(structured.config).toBeNull();
    // Sources name the file each value came from.
    const sources = (structured.assumptions as { sources: { file: string }[] }[]).flatMap((assumption) => assumption.sources.map((source) => source.file));
    expect(new Set(sources)).toContain(pair[0]);
    const locations = (structured.rules as { findings: { location?: { file: string } }[] }).findings.map((finding) => finding.location?.file);
    expect(locations).toEqual(expect.arrayContaining(pair));
    expect(text).toMatch(/^Analysis of "Miller family homelab" \(examples\/hardware-inventory\.md, examples\/homelab-offsite\.yaml, merged\)/u);
  });

  it('what_if and plan take the merged model too', async () => {
    const { structured } = await callOk(scratch.client, 'what_if', { paths: ['hardware-inventory.md', 'homelab-offsite.yaml'], scenarios: ['pve1 down'] });
    expect(structured).toMatchObject({ file: 'hardware-inventory.md', files: ['hardware-inventory.md', 'homelab-offsite.yaml'], site: 'Miller family homelab' });
    const plan = await callOk(repo.client, 'plan', { paths: pair, date: '2026-01-31', task: 'Design a two-node Proxmox cluster with shared storage and backup strategy' });
    expect(plan.structured).toMatchObject({ file: pair[0], files: pair, config: null });
    expect((plan.structured.report as { invocation: { inputs: string[] } }).invocation.inputs).toEqual(pair);
    const cli = runCli(['plan', ...pair, '--date', '2026-01-31', '--task', 'Design a two-node Proxmox cluster with shared storage and backup strategy']);
    expect(plan.structured.markdown).toBe(cli.stdout);
  });

  it('one path in paths answers as path does; a file named twice is read once', async () => {
    const single = await callOk(scratch.client, 'analyze', { path: 'hardware-inventory.md' });
    expect(await callOk(scratch.client, 'analyze', { paths: ['hardware-inventory.md'] })).toEqual(single);
    expect(single.structured.files).toBeUndefined();
    const twice = await callOk(scratch.client, 'validate_inventory', { paths: ['hardware-inventory.md', 'hardware-inventory.md'] });
    expect(twice.structured).toMatchObject({ file: 'hardware-inventory.md', valid: true, diagnostics: [] });
    expect(twice.structured.files).toBeUndefined();
  });

  it('an id defined differently in two files: invalid-input naming both files, located in the second', async () => {
    const files = ['hardware-inventory.md', 'homelab-offsite.yaml', 'clash.yaml'];
    const error = await callError(scratch.client, 'analyze', { paths: files });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('hardware-inventory.md, homelab-offsite.yaml, clash.yaml have 1 error(s); nothing was computed');
    expect(error.diagnostics).toEqual([expect.objectContaining({ file: 'clash.yaml', line: 7, column: 13, code: 'conflicting-definition' })]);
    expect(error.text).toMatch(/clash\.yaml:7:13: error: backups\.targets "b2-offsite" is also defined, differently, in homelab-offsite\.yaml:\d+:\d+: kind is "nas" here but "cloud" there/u);
    // validate_inventory answers the same problem as data rather than as an error.
    const { structured } = await callOk(scratch.client, 'validate_inventory', { paths: files });
    expect(structured).toMatchObject({ valid: false, files, diagnostics: [{ file: 'clash.yaml', code: 'conflicting-definition' }] });
  });

  it('paths are confined to the roots like path: "..", absolute paths and missing files are refused', async () => {
    for (const escape of ['../etc/passwd', '/etc/passwd', join(root, '..', 'outside.yaml')]) {
      const error = await callError(scratch.client, 'validate_inventory', { paths: ['hardware-inventory.md', escape] });
      expect(error.code, escape).toBe('path-outside-roots');
      expect(error.message).toContain(JSON.stringify(escape));
    }
    expect((await callError(scratch.client, 'analyze', { paths: ['hardware-inventory.md', 'nope.yaml'] })).code).toBe('file-not-found');
  });

  it('paths excludes path and text, and takes at most a handful of files', async () => {
    expect(await callError(scratch.client, 'analyze', { paths: ['homelab-offsite.yaml'], path: 'homelab-offsite.yaml' })).toMatchObject({
      code: 'invalid-arguments',
      message: 'give one of path, paths or text, not path and paths',
      issues: [{ path: 'paths', message: 'path and paths exclude each other' }],
    });
    expect(await callError(scratch.client, 'what_if', { paths: ['homelab-offsite.yaml'], text: 'version: 1', scenarios: ['x down'] })).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'text', message: 'paths and text exclude each other' }] });
    const many = Array.from({ length: MAX_INVENTORY_FILES + 1 }, (_, index) => `spec-${index}.yaml`);
    expect(await callError(scratch.client, 'validate_inventory', { paths: many })).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'paths' }] });
    expect(await callError(scratch.client, 'validate_inventory', { paths: [] })).toMatchObject({ code: 'invalid-arguments', issues: [{ path: 'paths' }] });
  });

  it('every tool that takes an inventory publishes paths in its input schema', async () => {
    const { tools } = await scratch.client.listTools();
    const taking = tools.filter((tool) => 'path' in (tool.inputSchema.properties ?? {}) && 'text' in (tool.inputSchema.properties ?? {}));
    expect(taking.map((tool) => tool.name)).toEqual(['validate_inventory', 'analyze', 'plan', 'what_if', 'lint_plan']);
    for (const tool of taking.filter((candidate) => candidate.name !== 'lint_plan')) {
      expect(tool.inputSchema.properties?.paths, tool.name).toMatchObject({ type: 'array', minItems: 1, maxItems: MAX_INVENTORY_FILES, items: { type: 'string' } });
    }
  });
});
