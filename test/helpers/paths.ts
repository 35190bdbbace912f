/** Paths tests share: the repository root, the examples and the built CLI. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const examplesDir = join(repoRoot, 'examples');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const builtCli = join(repoRoot, 'dist', 'cli', 'bin.js');
export const exampleFiles = ['two-node-homelab.yaml', 'three-node-ceph.yaml', 'small-office.yaml'] as const;
/** Every example `kestra plan` reads: the specs and the Markdown inventory. */
export const reportExampleFiles = [...exampleFiles, 'hardware-inventory.md'] as const;
