/**
 * The launcher (dist/cli/bin.js) runs the bundled CLI from its V8 code cache; KESTRA_NO_BUNDLE runs the
 * modules one by one. Both must behave the same, and the cache the build writes must fit the bundle
 * (a rejected cache still works, only slower, so nothing else would notice).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtCli, repoRoot } from '../helpers/paths.js';

const distCli = join(repoRoot, 'dist', 'cli');

function kestra(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [builtCli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled CLI', () => {
  it('is built with its code cache', () => {
    expect(existsSync(join(distCli, 'kestra.cjs'))).toBe(true);
    expect(existsSync(join(distCli, 'kestra.cache'))).toBe(true);
  });

  it('has a code cache V8 accepts for this Node', () => {
    const probe = `
      import { readFileSync } from 'node:fs';
      import { loadBundle } from ${JSON.stringify(pathToFileURL(join(distCli, 'load-bundle.js')).href)};
      const file = ${JSON.stringify(join(distCli, 'kestra.cjs'))};
      const { script, exports } = loadBundle(file, readFileSync(file, 'utf8'), readFileSync(${JSON.stringify(join(distCli, 'kestra.cache'))}));
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, exports: Object.keys(exports).sort() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ rejected: false, exports: ['main', 'warmUp'] });
  });

  it.each([
    ['plan (Markdown)', ['plan', 'examples/small-office.yaml', '--date', '2026-01-15']],
    ['plan (JSON) with a task', ['plan', 'examples/two-node-homelab.yaml', '--format', 'json', '--task', 'Design a two-node Proxmox cluster with shared storage and backup strategy']],
    ['analyze', ['analyze', 'examples/three-node-ceph.yaml', '--format', 'json']],
    ['a bad input', ['validate', 'test/fixtures/bad/dangling-reference.yaml']],
    ['an unknown command', ['frobnicate']],
  ])('gives the same output and exit code as the unbundled modules: %s', (_name, args) => {
    const bundled = kestra(args);
    const modules = kestra(args, { KESTRA_NO_BUNDLE: '1' });
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
    expect(bundled).toEqual(modules);
  });

  it('finds the files it ships (MCP resources) from inside the bundle', () => {
    const result = kestra(['mcp', '--help']);
    expect(result.code).toBe(0);
  });
});
