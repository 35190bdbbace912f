import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/intake/diagnostic.js';
import { loadSpec, parseSpec } from '../../src/intake/load-spec.js';
import { GiB, TB } from '../../src/model/quantities.js';
import { examplesDir, exampleFiles, fixturesDir, repoRoot } from '../helpers/paths.js';

const badFixture = (name: string) => relative(repoRoot, join(fixturesDir, 'bad', name));

async function diagnosticsOf(name: string) {
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    const result = await loadSpec(badFixture(name));
    expect(result.model).toBeUndefined();
    return result.diagnostics.map(formatDiagnostic);
  } finally {
    process.chdir(previous);
  }
}

describe('examples', () => {
  it.each(exampleFiles)('%s validates with no errors or warnings', async (file) => {
    const result = await loadSpec(join(examplesDir, file));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.model).toBeDefined();
  });

  it('reads back the two-node homelab figures', async () => {
    const { model } = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
    if (!model) throw new Error('no model');
    const pve1 = model.hosts.find((host) => host.id === 'pve1');
    expect(pve1?.memory).toBe(32 * GiB);
    expect(pve1?.cpu).toMatchObject({ cores: 6, threads: 6 });
    const nas = model.hosts.find((host) => host.id === 'nas');
    expect(nas?.disks.map((disk) => disk.id)).toEqual(['boot', 'hdd-1', 'hdd-2', 'hdd-3', 'hdd-4']);
    expect(nas?.disks.filter((disk) => disk.group === 'hdd').every((disk) => disk.size === 8 * TB)).toBe(true);
    expect(model.power.ups[0]).toMatchObject({ va: 1500, watts: 865, batteryWh: 216 });
    expect(model.network.wan[0]).toMatchObject({ down: 500e6, up: 100e6 });
    expect(model.clusters.proxmox[0]?.nodes).toEqual([
      { host: 'pve1', votes: 1 },
      { host: 'pve2', votes: 1 },
    ]);
    expect(model.site.electricityPrice).toEqual({ amount: 0.32, currency: 'EUR' });
    expect(model.backups.jobs[0]?.schedule.intervalSeconds).toBe(86_400);
    expect(model.storage.zfs.find((pool) => pool.id === 'tank')?.used).toBe(14.2 * TB);
    expect(pve1?.source).toMatchObject({ line: 30, column: 5, pointer: '/hosts/0' });
  });

  it('reads back the three-node Ceph figures', async () => {
    const { model } = await loadSpec(join(examplesDir, 'three-node-ceph.yaml'));
    if (!model) throw new Error('no model');
    expect(model.hosts.filter((host) => host.role === 'hypervisor').map((host) => host.memory)).toEqual([96 * GiB, 96 * GiB, 96 * GiB]);
    expect(model.storage.ceph[0]?.osds).toHaveLength(6);
    expect(model.storage.ceph[0]?.pools[0]).toMatchObject({ size: 3, minSize: 2, used: 2.9 * TB });
    expect(model.hosts[0]?.nics.map((nic) => nic.speed)).toEqual([10e9, 10e9, 2.5e9]);
    expect(model.backups.jobs.find((job) => job.id === 'pbs-hourly-critical')?.schedule.intervalSeconds).toBe(3600);
    expect(model.power.ups[0]?.runtimeChart).toEqual([
      { load: 550, runtime: 840 },
      { load: 1100, runtime: 300 },
    ]);
  });

  it('reads back the small office figures', async () => {
    const { model } = await loadSpec(join(examplesDir, 'small-office.yaml'));
    if (!model) throw new Error('no model');
    expect(model.storage.raid[0]).toMatchObject({ level: 'shr', used: 9.4 * TB });
    expect(model.constraints.budget).toEqual({ amount: 4000, currency: 'EUR' });
    expect(model.network.wan[0]).toMatchObject({ down: 1e9, up: 1e9 });
    expect(model.backups.targets.find((target) => target.id === 'b2')).toMatchObject({ offsite: true, kind: 'cloud' });
  });

  it('states the unit conventions it applied, with the lines they touched', async () => {
    const { assumptions } = await loadSpec(join(examplesDir, 'two-node-homelab.yaml'));
    const memory = assumptions.find((assumption) => assumption.id === 'units/memory-gb-is-gib');
    expect(memory?.sources.map((source) => source.line)).toContain(36);
    expect(assumptions.map((assumption) => assumption.id)).toEqual(['units/memory-gb-is-gib', 'units/disk-tb-is-decimal']);
  });
});

describe('bad input: one fixture per class, exact diagnostics', () => {
  it('syntax error', async () => {
    expect(await diagnosticsOf('syntax-error.yaml')).toEqual([
      expect.stringMatching(/^test\/fixtures\/bad\/syntax-error\.yaml:3:9: error: Missing closing "quote \(expected valid YAML or JSON\)\n  hint: close the quote or bracket that this line opens$/),
    ]);
  });

  it('wrong type', async () => {
    expect(await diagnosticsOf('wrong-type.yaml')).toEqual([
      'test/fixtures/bad/wrong-type.yaml:8:14: error: hosts[0].cpu.cores is the text "six" (expected a number)\n  hint: write the number without quotes or units',
    ]);
  });

  it('unknown key, with did-you-mean', async () => {
    const [first, ...rest] = await diagnosticsOf('unknown-key.yaml');
    expect(rest).toEqual([]);
    expect(first).toMatch(/^test\/fixtures\/bad\/unknown-key\.yaml:7:5: error: unknown key "memroy" in hosts\[0\] \(expected one of: .*memory.*\)\n  hint: did you mean "memory"\?$/);
  });

  it('bad unit', async () => {
    const [first, ...rest] = await diagnosticsOf('bad-unit.yaml');
    expect(rest).toEqual([]);
    expect(first).toMatch(/^test\/fixtures\/bad\/bad-unit\.yaml:7:13: error: hosts\[0\]\.memory is the text "32 parsecs" \(expected .*size.*\)\n  hint: .*"32 parsecs"/);
  });

  it('duplicate id', async () => {
    expect(await diagnosticsOf('duplicate-id.yaml')).toEqual([
      'test/fixtures/bad/duplicate-id.yaml:7:9: error: id "pve1" is used twice: by a host here and by a host at line 5 (expected ids unique across the whole spec)\n  hint: rename one of them, e.g. "pve1-2"',
    ]);
  });

  it('dangling reference, with did-you-mean', async () => {
    expect(await diagnosticsOf('dangling-reference.yaml')).toEqual([
      'test/fixtures/bad/dangling-reference.yaml:10:11: error: "pve11" does not exist (expected the id of a host)\n  hint: did you mean "pve1"?',
    ]);
  });

  it('empty file', async () => {
    expect(await diagnosticsOf('empty.yaml')).toEqual([
      'test/fixtures/bad/empty.yaml:1:1: error: file is empty (expected a spec with at least "version: 1" and "site: { name: … }")\n  hint: run "kestra init" to write a commented starter spec',
    ]);
  });

  it('duplicate key', async () => {
    const [first, ...rest] = await diagnosticsOf('duplicate-key.yaml');
    expect(rest).toEqual([]);
    expect(first).toMatch(/^test\/fixtures\/bad\/duplicate-key\.yaml:4:3: error: duplicate key: .* \(expected valid YAML or JSON\)\n  hint: each key may appear once per mapping/);
  });

  it('a document that is a list, not a mapping', async () => {
    expect(await diagnosticsOf('wrong-root.yaml')).toEqual([
      'test/fixtures/bad/wrong-root.yaml:1:1: error: the document is a list (expected a mapping with "version: 1" and "site:" at the top level)\n  hint: run "kestra init" for a commented starter spec',
    ]);
  });

  it('missing required key', async () => {
    expect(await diagnosticsOf('missing-key.yaml')).toEqual([
      expect.stringMatching(/^test\/fixtures\/bad\/missing-key\.yaml:5:5: error: missing required key "role" in hosts\[0\] \(expected one of: hypervisor, nas, .*\)\n  hint: add "role:" to hosts\[0\]$/),
    ]);
  });

  it('reports every error of a file in one run, in file order', async () => {
    const lines = await diagnosticsOf('many-errors.yaml');
    expect(lines.map((line) => line.split(': error: ')[0])).toEqual([
      'test/fixtures/bad/many-errors.yaml:6:11',
      'test/fixtures/bad/many-errors.yaml:7:13',
      'test/fixtures/bad/many-errors.yaml:9:36',
    ]);
    expect(lines[0]).toContain('did you mean "hypervisor"?');
  });

  it('binary junk', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = parseSpec('photo.yaml', bytes);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'photo.yaml:3:1: error: file contains a NUL byte: this looks like a binary file, not text (expected UTF-8 text (YAML, JSON or Markdown))\n  hint: pass the YAML/JSON spec or Markdown inventory, not an image or archive',
    ]);
  });

  it('invalid UTF-8', () => {
    const result = parseSpec('latin1.yaml', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]));
    expect(result.diagnostics[0]).toMatchObject({ code: 'bad-encoding', line: 1, column: 1 });
  });

  it('a 50 MB file is refused before parsing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kestra-'));
    const path = join(directory, 'huge.yaml');
    writeFileSync(path, `version: 1\nsite: { name: x }\nhosts:\n${'  - { id: h, role: server }\n'.repeat(1_900_000)}`);
    const result = await loadSpec(path);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe(
      `${path}:1:1: error: file is 50.7 MiB, larger than the 16 MiB Kestra reads (expected a spec or inventory of at most 16 MiB)\n  hint: split the inventory by site, or check that this is the file you meant`,
    );
  });

  it('a missing file', async () => {
    const result = await loadSpec('does/not/exist.yaml');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'does/not/exist.yaml:1:1: error: file not found (expected a readable YAML or JSON spec)\n  hint: check the path and its permissions',
    ]);
  });

  it('JSON specs are read with positions too', () => {
    const result = parseSpec('lab.json', '{\n  "version": 1,\n  "site": { "name": "Lab" },\n  "hosts": [ { "id": "pve1", "role": "hypervisr" } ]\n}\n');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^lab\.json:4:38: error: hosts\[0\]\.role is the text "hypervisr" .*did you mean "hypervisor"\?$/s),
    ]);
  });
});

describe('secrets', () => {
  it('never echoes a planted secret, and warns where it was', async () => {
    const previous = process.cwd();
    process.chdir(repoRoot);
    const result = await loadSpec(badFixture('secret.yaml'));
    process.chdir(previous);
    expect(result.model).toBeDefined();
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('hunter2');
    expect(everything).not.toContain('ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789');
    expect(result.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.line, diagnostic.column])).toEqual([
      ['warning', 'secret-in-input', 7, 5],
      ['warning', 'secret-in-input', 8, 12],
    ]);
    expect(result.model?.hosts[0]?.notes).toBe('[redacted]');
  });
});
