/** Reads a Markdown plan for `kestra lint`: the same byte checks as every input, with plan wording. */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from './diagnostic.js';
import { decodeInput, describeReadError } from './read-input.js';

export type ReadPlanResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads `path` as UTF-8 Markdown; unreadable, binary, empty or oversized files become a located diagnostic. */
export async function readPlanFile(path: string, maxLength: number): Promise<ReadPlanResult> {
  let content: Uint8Array;
  try {
    content = await readFile(path);
  } catch (error) {
    return { ok: false, diagnostic: { severity: 'error', code: 'unreadable-file', file: path, line: 1, column: 1, message: describeReadError(error), expected: 'a readable Markdown plan', hint: 'check the path and its permissions' } };
  }
  return decodePlan(path, content, maxLength);
}

/** Decodes the bytes of plan `path` (read by the caller); binary, empty or oversized plans become a located diagnostic. Pure. */
export function decodePlan(path: string, content: Uint8Array, maxLength: number): ReadPlanResult {
  const decoded = decodeInput(path, content);
  if (!decoded.ok) {
    const diagnostic = decoded.diagnostic;
    if (diagnostic.code === 'empty-file') return { ok: false, diagnostic: { ...diagnostic, expected: 'a Markdown plan', hint: 'pass the plan to review, e.g. kestra lint plan.md' } };
    if (diagnostic.code === 'binary-file') return { ok: false, diagnostic: { ...diagnostic, expected: 'a Markdown plan (UTF-8 text)', hint: 'pass the Markdown file, not a PDF, image or archive' } };
    return { ok: false, diagnostic };
  }
  if (decoded.text.length > maxLength) {
    return {
      ok: false,
      diagnostic: { severity: 'error', code: 'file-too-large', file: path, line: 1, column: 1, message: `plan is ${decoded.text.length} characters long, more than the ${maxLength} Kestra reviews`, expected: 'a Markdown plan of at most 512 KiB', hint: 'split the plan into one document per phase or site' },
    };
  }
  return { ok: true, text: decoded.text };
}
