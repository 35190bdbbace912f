/** inventory.md → kestra init → YAML → model equals inventory.md → model, for every inventory in the corpus. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryToSpec, withoutSources } from '../../../src/intake/inventory-to-spec.js';
import { parseSpec } from '../../../src/intake/load-spec.js';
import { readMarkdownInventory } from '../../../src/intake/markdown/read-inventory.js';
import { STARTER_SPEC } from '../../../src/intake/starter-spec.js';
import { examplesDir, fixturesDir } from '../../helpers/paths.js';

const corpus = readdirSync(join(fixturesDir, 'markdown')).filter((name) => name.endsWith('.md')).sort();
const inputs = [...corpus.map((name) => join(fixturesDir, 'markdown', name)), join(examplesDir, 'hardware-inventory.md')];

describe('kestra init round trip', () => {
  it('covers at least ten inventories', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
  });

  it.each(inputs)('%s reads back to the same model from the written YAML', (path) => {
    const content = readFileSync(path);
    const { yaml, loaded } = inventoryToSpec('inventory.md', content, 'infra.yaml');
    expect(yaml).toBeDefined();
    const reread = parseSpec('infra.yaml', yaml ?? '');
    expect(reread.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(withoutSources(reread.model)).toEqual(withoutSources(loaded.model));
  });

  it.each(inputs)('%s: every assumption and open question is a comment of its own line', (path) => {
    const { yaml } = inventoryToSpec('inventory.md', readFileSync(path), 'infra.yaml');
    const comments = (yaml ?? '').split('\n').flatMap((line) => line.match(/(?:^|\s)# (.*)$/)?.[1] ?? []);
    const notes = readMarkdownInventory('inventory.md', readFileSync(path, 'utf8')).annotations;
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(comments.some((comment) => comment.includes(`${note.kind}: ${note.text}`)), `${note.kind}: ${note.text}`).toBe(true);
  });

  it('marks each assumption and open question in a comment next to the value', () => {
    const { yaml, loaded } = inventoryToSpec('hardware-inventory.md', readFileSync(join(examplesDir, 'hardware-inventory.md')), 'infra.yaml');
    expect(yaml).toMatch(/^# Written by "kestra init --from hardware-inventory\.md"/);
    expect(yaml).toContain('watts: 865W # assumed: APC Back-UPS Pro BR1500GI: 865W real-power rating');
    expect(yaml).toMatch(/# open question: nas: power draw \(idle\/load watts at the wall\) not given[^\n]*\n\s+- id: nas\n/);
    expect(yaml).toMatch(/# assumed: UniFi U6 Lite: ports 1x 1GbE[^\n]*\n\s+ports:\n\s+- \{ id: port1, speed: 1GbE \}\n/);
    expect(yaml).toContain('    cpu: { model: i5-8500T, cores: 6, threads: 6 }\n');
    expect(yaml).toContain('#   line 72: "- No offsite copy yet"');
    const comments = (yaml ?? '').split('\n').filter((line) => /#\s*(assumed|open question):/.test(line)).length;
    expect(comments).toBeGreaterThanOrEqual((loaded.openQuestions ?? []).filter((question) => question.source).length);
  });

  it('never writes a planted secret into the spec', () => {
    const { yaml } = inventoryToSpec('secrets.md', readFileSync(join(fixturesDir, 'markdown', 'secrets.md')), 'infra.yaml');
    expect(yaml).not.toMatch(/hunter2|8f4b1c2e|PVEAPIToken|CorrectHorse|s3cr3t/);
    expect(yaml).toContain('line 6: [secret not shown]');
  });

  it('gives no YAML for an inventory that does not validate', () => {
    const { yaml, loaded } = inventoryToSpec('junk.md', new Uint8Array([0, 1, 2]), 'infra.yaml');
    expect(yaml).toBeUndefined();
    expect(loaded.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['binary-file']);
  });

  it('the starter spec validates', () => {
    const result = parseSpec('infra.yaml', STARTER_SPEC);
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.hosts.map((host) => host.id)).toEqual(['pve1']);
  });
});
