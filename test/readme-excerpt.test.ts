import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/paths.js';

describe('README', () => {
  it('shows an excerpt of a real report: every excerpt line is in the golden report', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const match = /<!-- excerpt of (\S+) [^>]*-->\n([\s\S]*?)\n<!-- end of excerpt -->/.exec(readme);
    expect(match).not.toBeNull();
    const golden = readFileSync(join(repoRoot, match?.[1] ?? ''), 'utf8');
    const excerpt = (match?.[2] ?? '').trim();
    expect(excerpt.split('\n').length).toBeGreaterThan(20);
    for (const part of excerpt.split(/\n\n+/)) expect(golden).toContain(part);
  });

  it('starts with the main job: kestra plan on an example', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npx kestra plan examples/two-node-homelab.yaml\nnpm test\n');
  });
});
