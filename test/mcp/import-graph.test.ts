// The server's import graph stays lean: starting it and listing tools loads the SDK, zod and small
// modules only; the model, analyzers, rules, failure analysis, calculators and renderers are loaded
// by the tool that needs them, when it is called. Walks the static imports of the BUILT server.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const dist = join(repoRoot, 'dist');

/** Every module of dist/ that `entry` imports statically, relative to dist/. */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s+(?:[^'"]*?from\s+)?['"](\.[^'"]+)['"]/gmu)) walk(resolve(dirname(file), match[1] as string));
  };
  walk(join(dist, entry));
  return [...seen].map((file) => relative(dist, file)).sort();
}

describe('kestra mcp import graph', () => {
  it('serving loads no model, analyzer, rule, failure, calculator or renderer module', () => {
    const modules = staticImports('mcp/serve.js');
    expect(modules).toContain('mcp/tools/registry.js');
    const heavy = modules.filter((module) => /^(model\/|analyze\/(?!fact\.js)|rules\/(?!severity\.js)|failure\/|render\/|report\/|design\/|plan\/|intake\/(load-spec|markdown|units)|cli\/commands\/)/u.test(module));
    expect(heavy).toEqual([]);
  });
});
