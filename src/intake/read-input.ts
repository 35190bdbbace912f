/**
 * Checks the raw bytes of an input file before any parser sees them: size, binary content, encoding.
 * Parsers are not meant to be fed 50 MB of junk; this keeps the failure fast and the message clear.
 */
import type { Diagnostic } from './diagnostic.js';

/** Largest input Kestra reads. A site spec of 100,000 components is about 10 MiB of YAML. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Says why a file could not be read, from its errno code. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return `cannot be read (${code ?? 'unknown error'})`;
}

export type DecodedInput = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Decodes a file's bytes as UTF-8 text, or explains why it cannot be an inventory. */
export function decodeInput(file: string, content: Uint8Array): DecodedInput {
  const fail = (code: string, message: string, expected: string, hint: string, line = 1, column = 1): DecodedInput => ({
    ok: false,
    diagnostic: { severity: 'error', code, file, line, column, message, expected, hint },
  });
  if (content.byteLength > MAX_INPUT_BYTES) {
    const megabytes = (content.byteLength / (1024 * 1024)).toFixed(1);
    return fail(
      'file-too-large',
      `file is ${megabytes} MiB, larger than the ${MAX_INPUT_BYTES / (1024 * 1024)} MiB Kestra reads`,
      'a spec or inventory of at most 16 MiB',
      'split the inventory by site, or check that this is the file you meant',
    );
  }
  const nul = content.indexOf(0);
  if (nul !== -1) {
    const position = positionOfByte(content, nul);
    return fail('binary-file', 'file contains a NUL byte: this looks like a binary file, not text', 'UTF-8 text (YAML, JSON or Markdown)', 'pass the YAML/JSON spec or Markdown inventory, not an image or archive', position.line, position.column);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return fail('bad-encoding', 'file is not valid UTF-8', 'UTF-8 text', 'save the file as UTF-8 (most editors: "Save with encoding")');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail('empty-file', 'file is empty', 'a spec with at least "version: 1" and "site: { name: … }"', 'run "kestra init" to write a commented starter spec');
  }
  return { ok: true, text };
}

function positionOfByte(content: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (content[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
