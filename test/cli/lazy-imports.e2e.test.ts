/**
 * What each command loads (built CLI, modules loaded one by one: KESTRA_NO_BUNDLE, the launcher's
 * fallback when there is no bundle): validate and analyze never load the Markdown parser or the diagram
 * renderer, and `plan --format json` draws nothing, so it never loads beautiful-mermaid. A module hook
 * registered with --import records every package resolved. (The bundle holds every module in one file;
 * esbuild keeps dynamically imported ones unevaluated until first use.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtCli, repoRoot } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'kestra-imports-'));
const hooks = join(dir, 'hooks.mjs');
writeFileSync(
  hooks,
  `export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(result.url);
  if (match) process.stderr.write('PACKAGE ' + match[1] + '\\n');
  return result;
}
`,
);
const register = join(dir, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

function packagesLoaded(args: readonly string[]): Set<string> {
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, builtCli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, KESTRA_NO_BUNDLE: '1' },
  });
  expect(result.status).toBe(0);
  return new Set([...result.stderr.matchAll(/^PACKAGE (\S+)$/gm)].map((match) => match[1] ?? ''));
}

describe('commands load only what they use (built CLI)', () => {
  it.each([['validate'], ['analyze']])('%s of a YAML spec loads no Markdown parser and no diagram renderer', (command) => {
    const loaded = packagesLoaded([command, 'examples/two-node-homelab.yaml']);
    expect(loaded.has('yaml')).toBe(true);
    for (const heavy of ['markdown-it', 'remark-parse', 'micromark', 'unified', 'beautiful-mermaid', 'elkjs']) expect(loaded.has(heavy)).toBe(false);
  });

  it('plan --format json loads the Markdown parser (its self-review) but not the diagram renderer', () => {
    const loaded = packagesLoaded(['plan', 'examples/two-node-homelab.yaml', '--format', 'json']);
    expect(loaded.has('markdown-it')).toBe(true);
    // remark and micromark are test-only now (the differential test); the CLI never loads them.
    for (const devOnly of ['remark-parse', 'micromark', 'unified']) expect(loaded.has(devOnly)).toBe(false);
    expect(loaded.has('beautiful-mermaid')).toBe(false);
  });
});
