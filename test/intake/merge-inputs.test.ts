import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/intake/diagnostic.js';
import { parseSpec } from '../../src/intake/load-spec.js';
import { loadSpecs, parseSpecs } from '../../src/intake/load-specs.js';
import { readMarkdownInventory } from '../../src/intake/markdown/read-inventory.js';
import { mergeInputs } from '../../src/intake/merge-inputs.js';
import { parsePositioned } from '../../src/intake/yaml-document.js';
import { GiB } from '../../src/model/quantities.js';
import { examplesDir, repoRoot } from '../helpers/paths.js';

/** Text of a YAML file from lines, so tests can name the line a value is on. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

const hostsA = yaml(
  'version: 1', //                                    1
  'site:', //                                         2
  '  name: Home lab', //                              3
  'hosts:', //                                        4
  '  - id: pve1', //                                  5
  '    role: hypervisor', //                          6
  '    memory: 32GB', //                              7
  '  - id: nas', //                                   8
  '    role: nas', //                                 9
);

const workloadsB = yaml(
  'version: 1', //                                    1
  'site:', //                                         2
  '  name: Home lab', //                              3
  '  location: Utrecht', //                           4
  'hosts:', //                                        5
  '  - id: pve2', //                                  6
  '    role: hypervisor', //                          7
  'workloads:', //                                    8
  '  - id: ha', //                                    9
  '    kind: vm', //                                  10
  '    host: pve1', //                                11
  '    memory: 4GB', //                               12
);

const errorsOf = (result: { diagnostics: readonly Parameters<typeof formatDiagnostic>[0][] }) => result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(formatDiagnostic);

describe('mergeInputs', () => {
  const input = (file: string, text: string) => {
    const document = parsePositioned(file, text);
    return { file, data: document.data as Record<string, unknown>, locate: document.locate };
  };

  it('concatenates entity collections in input order and maps each path back to its file, line and column', () => {
    const merged = mergeInputs([input('a.yaml', hostsA), input('b.yaml', workloadsB)]);
    expect(merged.diagnostics).toEqual([]);
    expect((merged.data['hosts'] as { id: string }[]).map((host) => host.id)).toEqual(['pve1', 'nas', 'pve2']);
    expect(merged.data['site']).toEqual({ name: 'Home lab', location: 'Utrecht' });
    expect(merged.origin(['hosts', 2, 'role'])).toEqual({ file: 'b.yaml', path: ['hosts', 0, 'role'] });
    expect(merged.locate(['hosts', 2, 'role'])).toEqual({ line: 7, column: 11 });
    expect(merged.origin(['hosts', 1])).toEqual({ file: 'a.yaml', path: ['hosts', 1] });
    expect(merged.locate(['hosts', 1])).toEqual({ line: 8, column: 5 });
    expect(merged.origin(['workloads', 0, 'host'])).toEqual({ file: 'b.yaml', path: ['workloads', 0, 'host'] });
    // A site field comes from the input that wrote it; the site itself from the first.
    expect(merged.origin(['site', 'location'])).toEqual({ file: 'b.yaml', path: ['site', 'location'] });
    expect(merged.origin(['site', 'name'])).toEqual({ file: 'a.yaml', path: ['site', 'name'] });
    // A key no input has (a default, a missing key) falls back to the nearest ancestor that one has.
    expect(merged.origin(['hosts', 0, 'disks'])).toEqual({ file: 'a.yaml', path: ['hosts', 0, 'disks'] });
    expect(merged.locate(['hosts', 0, 'disks'])).toEqual({ line: 5, column: 5 });
  });

  it('keeps an entity defined identically in two inputs once, with an info naming the first', () => {
    const merged = mergeInputs([input('a.yaml', hostsA), input('b.yaml', hostsA)]);
    expect((merged.data['hosts'] as unknown[]).length).toBe(2);
    expect(merged.diagnostics.map(formatDiagnostic)).toEqual([
      'b.yaml:5:5: info: hosts "pve1" is also defined, identically, in a.yaml:5:5; it is kept once\n  hint: keep the definition in one input only',
      'b.yaml:8:5: info: hosts "nas" is also defined, identically, in a.yaml:8:5; it is kept once\n  hint: keep the definition in one input only',
    ]);
    expect(merged.origin(['hosts', 1])).toEqual({ file: 'a.yaml', path: ['hosts', 1] });
  });

  it('rejects an id defined differently in two inputs, located at the second and naming the first', () => {
    const other = yaml('version: 1', 'hosts:', '  - id: nas', '    role: backup-server');
    const merged = mergeInputs([input('a.yaml', hostsA), input('b.yaml', other)]);
    expect(merged.diagnostics.map(formatDiagnostic)).toEqual([
      'b.yaml:4:11: error: hosts "nas" is also defined, differently, in a.yaml:8:5: role is "backup-server" here but "nas" there (expected each id defined once across the inputs, or defined with the same values)\n  hint: give one of them another id, or keep one definition',
    ]);
    expect(merged.diagnostics[0]?.pointer).toBe('/hosts/0/role');
  });

  it('leaves two items with one id in the same input to the reference check', () => {
    const twice = yaml('version: 1', 'hosts:', '  - id: pve9', '    role: nas', '  - id: pve9', '    role: router');
    const merged = mergeInputs([input('a.yaml', hostsA), input('b.yaml', twice)]);
    expect(merged.diagnostics).toEqual([]);
    expect((merged.data['hosts'] as { id: string }[]).map((host) => host.id)).toEqual(['pve1', 'nas', 'pve9', 'pve9']);
  });

  it('rejects site fields and versions that disagree, naming where the first was set', () => {
    const other = yaml('version: 2', 'site:', '  name: Office', '  location: Utrecht');
    const merged = mergeInputs([input('a.yaml', workloadsB), input('b.yaml', other)]);
    expect(merged.diagnostics.map(formatDiagnostic)).toEqual([
      'b.yaml:1:10: error: version is 2 here but 1 in a.yaml:1:10 (expected the same version in every input)\n  hint: write version in one of the inputs only, or make both say the same',
      'b.yaml:3:9: error: site.name is "Office" here but "Home lab" in a.yaml:3:9 (expected the same site.name in every input)\n  hint: write site.name in one of the inputs only, or make both say the same',
    ]);
  });

  it('keeps links, goals and other items without an id once when equal, in order otherwise', () => {
    const a = yaml('network:', '  links:', '    - { from: "a:1", to: "b:1" }', 'constraints:', '  goals: [one, two]');
    const b = yaml('network:', '  links:', '    - { from: "a:1", to: "b:1" }', '    - { from: "a:2", to: "b:2" }', 'constraints:', '  goals: [two, three]');
    const merged = mergeInputs([input('a.yaml', a), input('b.yaml', b)]);
    expect(merged.diagnostics).toEqual([]);
    expect(merged.data['network']).toEqual({ links: [{ from: 'a:1', to: 'b:1' }, { from: 'a:2', to: 'b:2' }] });
    expect(merged.data['constraints']).toEqual({ goals: ['one', 'two', 'three'] });
    expect(merged.origin(['network', 'links', 1])).toEqual({ file: 'b.yaml', path: ['network', 'links', 1] });
    expect(merged.origin(['constraints', 'goals', 2])).toEqual({ file: 'b.yaml', path: ['constraints', 'goals', 1] });
  });

  it('lets a value one input only assumed give way to a value another input wrote, in either order', () => {
    const assumed = { ...input('a.md', yaml('site:', '  name: a', '  currency: EUR')), assumed: new Set(['/site/name']) };
    const written = input('b.yaml', yaml('site:', '  name: Home lab'));
    for (const order of [[assumed, written], [written, assumed]]) {
      const merged = mergeInputs(order);
      expect(merged.diagnostics).toEqual([]);
      expect(merged.data['site']).toMatchObject({ name: 'Home lab', currency: 'EUR' });
      expect(merged.origin(['site', 'name'])).toEqual({ file: 'b.yaml', path: ['site', 'name'] });
      expect(merged.overridden).toEqual([{ file: 'a.md', path: ['site', 'name'] }]);
    }
    const both = mergeInputs([assumed, { ...written, assumed: new Set(['/site/name']) }]);
    expect(both.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['conflicting-value']);
  });

  it('does not change its inputs', () => {
    const a = input('a.yaml', hostsA);
    const before = structuredClone(a.data);
    mergeInputs([a, input('b.yaml', workloadsB)]);
    expect(a.data).toEqual(before);
  });
});

describe('parseSpecs', () => {
  it('builds one model whose references cross files and whose sources name the file of each entity', () => {
    const result = parseSpecs([
      { file: 'a.yaml', content: hostsA },
      { file: 'b.yaml', content: workloadsB },
    ]);
    expect(errorsOf(result)).toEqual([]);
    const model = result.model;
    if (!model) throw new Error('no model');
    expect(model.files).toEqual(['a.yaml', 'b.yaml']);
    expect(model.hosts.map((host) => [host.id, host.source])).toEqual([
      ['pve1', { file: 'a.yaml', line: 5, column: 5, pointer: '/hosts/0' }],
      ['nas', { file: 'a.yaml', line: 8, column: 5, pointer: '/hosts/1' }],
      ['pve2', { file: 'b.yaml', line: 6, column: 5, pointer: '/hosts/0' }],
    ]);
    expect(model.workloads[0]).toMatchObject({ host: 'pve1', memory: 4 * GiB, source: { file: 'b.yaml', line: 9, column: 5, pointer: '/workloads/0' } });
    expect(model.hosts[0]?.memory).toBe(32 * GiB);
    // The unit assumption cites the lines of both files.
    const memory = result.assumptions.find((assumption) => assumption.id.includes('memory'));
    expect(memory?.sources.map((source) => `${source.file}:${source.line}`)).toEqual(['a.yaml:7', 'b.yaml:12']);
  });

  it('keeps once an entity two inputs write differently with the same meaning ("32GB" and "32 GB"), as the first wrote it', () => {
    const again = yaml('version: 1', 'hosts:', '  - id: pve1', '    memory: 32 GB', '    role: hypervisor');
    const result = parseSpecs([
      { file: 'a.yaml', content: hostsA },
      { file: 'b.yaml', content: again },
    ]);
    expect(errorsOf(result)).toEqual([]);
    expect(result.model?.hosts.map((host) => host.id)).toEqual(['pve1', 'nas']);
    expect(result.model?.hosts[0]?.source.file).toBe('a.yaml');
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      'b.yaml:3:5: info: hosts "pve1" is also defined, with the same values written differently, in a.yaml:5:5; it is kept once, as written there\n  hint: keep the definition in one input only',
    );
  });

  it('still rejects an entity whose values differ in meaning, not only in writing ("32GB" and "32TB")', () => {
    const other = yaml('version: 1', 'hosts:', '  - id: pve1', '    role: hypervisor', '    memory: 32TB');
    const result = parseSpecs([
      { file: 'a.yaml', content: hostsA },
      { file: 'b.yaml', content: other },
    ]);
    expect(errorsOf(result)).toEqual(['b.yaml:5:13: error: hosts "pve1" is also defined, differently, in a.yaml:5:5: memory is "32TB" here but "32GB" there (expected each id defined once across the inputs, or defined with the same values)\n  hint: give one of them another id, or keep one definition']);
  });

  it('locates a dangling reference and a schema error in the file that holds them, with that file\'s pointer', () => {
    const bad = yaml('workloads:', '  - id: db', '    kind: vm', '    host: pve7', '  - id: web', '    kind: vmm', '    host: pve1');
    const result = parseSpecs([
      { file: 'a.yaml', content: hostsA },
      { file: 'b.yaml', content: bad },
    ]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.code, diagnostic.pointer])).toEqual([['b.yaml', 6, 11, 'invalid-value', '/workloads/1/kind']]);
    const dangling = parseSpecs([
      { file: 'a.yaml', content: hostsA },
      { file: 'b.yaml', content: bad.replace('kind: vmm', 'kind: vm') },
    ]);
    expect(dangling.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.code, diagnostic.pointer])).toEqual([['b.yaml', 4, 11, 'dangling-reference', '/workloads/0/host']]);
  });

  it('reports a missing site against the first input', () => {
    const result = parseSpecs([
      { file: 'a.yaml', content: yaml('version: 1', 'hosts: []') },
      { file: 'b.yaml', content: yaml('workloads: []') },
    ]);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.code, diagnostic.pointer])).toEqual([['a.yaml', 'missing-key', '/site']]);
  });

  it('reads one input exactly as parseSpec does', () => {
    const text = readFileSync(join(examplesDir, 'two-node-homelab.yaml'), 'utf8');
    expect(parseSpecs([{ file: 'x.yaml', content: text }])).toEqual(parseSpec('x.yaml', text));
  });

  it('reports every input\'s syntax errors and secret warnings, and stops before merging', () => {
    const result = parseSpecs([
      { file: 'a.yaml', content: yaml('version: 1', 'site: { name: "x }') },
      { file: 'b.yaml', content: yaml('version: 1', 'site:', '  name: x', 'hosts:', '  - id: h', '    password: hunter2') },
    ]);
    expect(result.model).toBeUndefined();
    expect([...new Set(result.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.severity} ${diagnostic.code}`))]).toEqual(['a.yaml error yaml-syntax', 'b.yaml warning secret-in-input']);
  });

  it('merges a Markdown inventory with a YAML spec, keeping the inventory\'s assumptions and open questions', () => {
    const inventory = 'examples/hardware-inventory.md';
    const offsite = 'examples/homelab-offsite.yaml';
    const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
    const alone = parseSpec(inventory, read(inventory), readMarkdownInventory);
    const result = parseSpecs([{ file: inventory, content: read(inventory) }, { file: offsite, content: read(offsite) }], readMarkdownInventory);
    expect(errorsOf(result)).toEqual([]);
    const model = result.model;
    if (!model || !alone.model) throw new Error('no model');
    expect(model.hosts.map((host) => host.id)).toEqual(alone.model.hosts.map((host) => host.id));
    expect(model.hosts[0]?.source).toEqual(alone.model.hosts[0]?.source);
    expect(model.backups.targets.map((target) => [target.id, target.source.file, target.source.line])).toEqual([
      ['nas-backups', inventory, alone.model.backups.targets[0]?.source.line],
      ['b2-offsite', offsite, 10],
    ]);
    expect(model.backups.jobs.find((job) => job.id === 'nightly-b2')).toMatchObject({ sources: ['nas-backups', 'media'], source: { file: offsite, line: 19, column: 7, pointer: '/backups/jobs/0' } });
    expect(result.openQuestions).toEqual(alone.openQuestions);
    for (const assumption of alone.assumptions) expect(result.assumptions.map((each) => each.id)).toContain(assumption.id);
    expect(result.inventory).toBeUndefined();
  });
});

describe('parseSpecs with a Markdown inventory that has no title', () => {
  const list = yaml('## pve1', '', '- CPU: i5-8500T (6c/6t)', '- RAM: 32GB');
  const site = yaml('version: 1', 'site:', '  name: Home lab', '  location: Utrecht');

  it('names the site from the spec that writes it, and drops the assumption that named it after the file', () => {
    const alone = parseSpec('hardware.md', list, readMarkdownInventory);
    expect(alone.model?.site.name).toBe('hardware');
    expect(alone.assumptions.map((assumption) => assumption.id)).toContain('inventory/site-name');
    const result = parseSpecs([{ file: 'hardware.md', content: list }, { file: 'site.yaml', content: site }], readMarkdownInventory);
    expect(errorsOf(result)).toEqual([]);
    expect(result.model?.site).toMatchObject({ name: 'Home lab', location: 'Utrecht', source: { file: 'hardware.md' } });
    expect(result.assumptions.map((assumption) => assumption.id)).not.toContain('inventory/site-name');
    expect(result.model?.hosts.map((host) => [host.id, host.source.file, host.source.line])).toEqual([['pve1', 'hardware.md', 1]]);
  });

  it('still rejects a title that disagrees with the spec\'s site name', () => {
    const result = parseSpecs([{ file: 'hardware.md', content: `# My lab\n\n${list}` }, { file: 'site.yaml', content: site }], readMarkdownInventory);
    expect(errorsOf(result)).toEqual(['site.yaml:3:9: error: site.name is "Home lab" here but "My lab" in hardware.md:1:1 (expected the same site.name in every input)\n  hint: write site.name in one of the inputs only, or make both say the same']);
  });
});

describe('loadSpecs', () => {
  it('reports an unreadable input among readable ones, and builds no model', async () => {
    const result = await loadSpecs([join(examplesDir, 'two-node-homelab.yaml'), join(examplesDir, 'missing.yaml')]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file])).toEqual([['unreadable-file', join(examplesDir, 'missing.yaml')]]);
  });

  it('reads a file named twice once', async () => {
    const path = join(examplesDir, 'two-node-homelab.yaml');
    expect(await loadSpecs([path, path])).toEqual(await loadSpecs([path]));
  });

  it('reads a Markdown inventory and a YAML spec from disk into one model', async () => {
    const result = await loadSpecs([join(examplesDir, 'hardware-inventory.md'), join(examplesDir, 'homelab-offsite.yaml')]);
    expect(errorsOf(result)).toEqual([]);
    expect(result.model?.backups.jobs.map((job) => job.id)).toEqual(['nightly-vzdump', 'nightly-b2']);
  });
});
