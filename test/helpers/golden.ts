/** Golden files: compare output byte for byte with test/golden/…; UPDATE_GOLDEN=1 rewrites them. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { VERSION } from '../../src/version.js';
import { repoRoot } from './paths.js';

/** Asserts that `actual` equals the golden file at test/golden/`relative` (rewritten when UPDATE_GOLDEN=1). */
export function expectGolden(relative: string, actual: string): void {
  const path = join(repoRoot, 'test', 'golden', relative);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${relative} is missing; run UPDATE_GOLDEN=1 npx vitest run to create it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The version stamped in output, replaced so a release does not rewrite every golden file. */
export function normaliseVersion(text: string): string {
  return text.split(`Kestra ${VERSION}`).join('Kestra <version>').split(`"kestraVersion": "${VERSION}"`).join('"kestraVersion": "<version>"');
}
