/** Shared check for loader property tests: every outcome is a model or at least one located error. */
import { expect } from 'vitest';
import { parseSpec } from '../../src/intake/load-spec.js';
import { readMarkdownInventory } from '../../src/intake/markdown/read-inventory.js';

/** Loads `content` as `file` and asserts the result is total: a model, or at least one error, every diagnostic located. */
export function expectTotal(file: string, content: string | Uint8Array): void {
  const result = parseSpec(file, content, readMarkdownInventory);
  if (result.model === undefined) expect(result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
  }
}
