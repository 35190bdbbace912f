import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pveFixtureDir, pveShapes } from '../helpers/import-fixtures.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * scripts/pve-dump.sh is what the README tells users to run on a node. Here it runs against a fake
 * `pvesh` that answers from a fixture, and must produce exactly the files the fixture holds.
 */
describe('scripts/pve-dump.sh', () => {
  it.each(pveShapes)('%s: dumps the files "kestra import proxmox --from" reads', (shape) => {
    const fixture = pveFixtureDir(shape);
    const work = mkdtempSync(join(tmpdir(), 'kestra-dump-'));
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'pvesh'), `#!/bin/sh\n[ "$1" = get ] && [ "$3" = --output-format ] && [ "$4" = json ] || exit 2\nf="${fixture}/$(printf '%s' "\${2#/}" | tr / _).json"\n[ -f "$f" ] && cat "$f" || exit 1\n`);
    chmodSync(join(bin, 'pvesh'), 0o755);
    // The cluster file system: a directory per node, a .conf per guest.
    const nodes = join(work, 'nodes');
    for (const file of readdirSync(fixture)) {
      const node = /^nodes_([^_]+)_status\.json$/.exec(file);
      if (node) mkdirSync(join(nodes, node[1]!, 'qemu-server'), { recursive: true });
      const guest = /^nodes_([^_]+)_(qemu|lxc)_(\d+)_config\.json$/.exec(file);
      if (guest) {
        const dir = join(nodes, guest[1]!, guest[2] === 'qemu' ? 'qemu-server' : 'lxc');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${guest[3]}.conf`), '');
      }
    }
    const dump = join(work, 'dump');
    execFileSync('sh', [join(repoRoot, 'scripts', 'pve-dump.sh'), dump], { env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PVE_NODES_DIR: nodes }, stdio: 'pipe' });
    expect(readdirSync(dump).sort()).toEqual(readdirSync(fixture).sort());
    for (const file of readdirSync(fixture)) expect(readFileSync(join(dump, file), 'utf8')).toBe(readFileSync(join(fixture, file), 'utf8'));
    expect(runCli(['import', 'proxmox', '--from', dump]).code).toBe(0);
  });
});
