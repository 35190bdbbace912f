/**
 * YAML (and JSON, which YAML 1.2 reads) parsed with positions kept, so every value can be traced back
 * to its line and column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

export type PathSegment = string | number;

/** A parsed document and a way to find where any value or key sits in the file. */
export interface PositionedDocument {
  readonly file: string;
  /** The document as plain data; undefined when it could not be parsed. */
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
  /** 1-based position of the value at `path` (or of its key, when `key` is true); falls back to the nearest ancestor. */
  locate(path: readonly PathSegment[], options?: { key?: boolean }): { line: number; column: number };
  /** For data merged from several files: the file and path the value at `path` came from (src/intake/merge-inputs.ts). */
  origin?(path: readonly PathSegment[]): { readonly file: string; readonly path: readonly PathSegment[] };
}

/** Converts a path to a JSON pointer ("/hosts/0/memory"). */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Parses YAML or JSON text, collecting syntax errors with their positions. */
export function parsePositioned(file: string, text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(errorOffset(text, error.code, error.message, error.pos[0]));
    diagnostics.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      line,
      column: col,
      message: yamlMessage(error.code, error.message),
      expected: 'valid YAML or JSON',
      hint: yamlHint(error.code),
    });
  }
  const position = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  let data: unknown;
  if (diagnostics.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        line: 1,
        column: 1,
        message: `the document could not be read: ${error instanceof Error ? error.message : String(error)}`,
        expected: 'valid YAML or JSON',
        hint: 'check anchors and aliases (*name) — Kestra expands at most 100 of them',
      });
    }
  }
  return {
    file,
    data,
    diagnostics,
    locate(path, options = {}) {
      let node: unknown = document.contents;
      let keyNode: Node | undefined;
      let best: Node | undefined = isNode(node) ? node : undefined;
      for (const segment of path) {
        keyNode = undefined;
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
          if (!pair) break;
          keyNode = isNode(pair.key) ? pair.key : undefined;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
        } else {
          break;
        }
        if (isNode(node)) best = node;
        else if (keyNode) best = keyNode;
      }
      const target = options.key && keyNode ? keyNode : best;
      return position(target?.range?.[0]);
    },
  };
}

/**
 * Where to point for an error. An unclosed quote is reported by the parser at the end of the file;
 * the user needs the line where the quote was opened.
 */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR' || !/quote/i.test(message)) return offset;
  const quote = /single/i.test(message) ? "'" : '"';
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
    if (text[index] === quote && (index === 0 || /[\s:\[{,-]/.test(text[index - 1] ?? ''))) return index;
  }
  return offset;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function yamlMessage(code: string, message: string): string {
  // The yaml library's messages are good but long; keep the first sentence and drop its own position suffix.
  const firstLine = message.split('\n')[0] ?? message;
  const trimmed = firstLine.replace(/ at line \d+, column \d+.*$/, '');
  return code === 'DUPLICATE_KEY' ? `duplicate key: ${trimmed}` : trimmed;
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once per mapping; merge the two entries or rename one';
    case 'MISSING_CHAR':
      return 'close the quote or bracket that this line opens';
    case 'BAD_INDENT':
      return 'check the indentation: YAML uses spaces, and items of one list line up';
    case 'TAB_AS_INDENT':
      return 'replace tabs with spaces for indentation';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key is missing its colon, or a value spans lines without quotes';
    default:
      return 'check the line for an unclosed quote or bracket, a missing colon, or bad indentation';
  }
}
