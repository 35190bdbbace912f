/**
 * The text markdown-it parses and the way back to the caller's text. markdown-it normalises line
 * endings (CRLF and CR become LF) and NUL (U+FFFD) before parsing; unist positions count the
 * caller's characters, so a CRLF line ending is two. Columns are the same in both texts, so a
 * point maps back through its line.
 */
import type { Point } from 'unist';

export interface SourceText {
  /** The normalised text (LF line endings, no NUL): what the token offsets index. */
  readonly text: string;
  /** The unist point of an offset into `text`. */
  readonly point: (offset: number) => Point;
  /** The offset into `text` of a unist point. */
  readonly offsetOf: (point: Point) => number;
}

/** Normalises `original` the way markdown-it does and maps offsets back to it. */
export function sourceText(original: string): SourceText {
  const text = original.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const originalStarts = starts;
  const mapped = text.length === original.length ? originalStarts : lineStarts(original);
  const point = (offset: number): Point => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const column = offset - (starts[low] as number);
    return { line: low + 1, column: column + 1, offset: (mapped[low] as number) + column };
  };
  const offsetOf = (at: Point): number => (starts[at.line - 1] ?? text.length) + at.column - 1;
  return { text, point, offsetOf };
}

/** Offsets where lines start, a line ending being CRLF, LF or CR as in CommonMark. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const ending = /\r\n?|\n/g;
  for (let match = ending.exec(text); match; match = ending.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}
