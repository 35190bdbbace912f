/** Golden files: compared byte for byte; UPDATE_GOLDEN=1 rewrites them (review the diff). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './paths.js';

/** Checks `actual` against test/golden/<name>, or writes it when UPDATE_GOLDEN is set. */
export function expectGolden(name: string, actual: string): void {
  const path = join(repoRoot, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
