/**
 * Keeps the Markdown parser out of its worst cases. Measured with remark-parse 11 on this project's
 * 2-core machine: 2,000 nested list markers on one line take 3 s, 20,000 overflow the stack, and a
 * run of 20,000 asterisks takes longer than 20 s. No plan a person reads nests blocks 32 deep or
 * writes 128 asterisks in a row, so such lines are blanked (same length, same line breaks, so every
 * other position stays exact) and reported instead of parsed.
 */
import type { PlanPosition } from '../types.js';

/** Deepest nesting of quotes, list items and footnotes read on one line. */
export const MAX_LINE_NESTING = 32;
/** Widest indentation read, in columns (tabs count 4). */
export const MAX_INDENT_COLUMNS = 256;
/** Longest run of one emphasis, link or code delimiter read. */
export const MAX_DELIMITER_RUN = 128;

export interface GuardedInput {
  /** The text to parse: the input with unreadable lines blanked. */
  readonly text: string;
  readonly skipped: readonly { readonly at: PlanPosition; readonly reason: string }[];
}

const containerMarker = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]\n]{0,999}\]:)[ \t]?/;
const delimiterRun = new RegExp(`([*_~\`[\\]()<>!|])\\1{${MAX_DELIMITER_RUN - 1},}`, 'g');

/** Blanks lines nested or indented past the limits and long delimiter runs; reports each. */
export function guardInput(markdown: string): GuardedInput {
  const lines = markdown.split('\n');
  const skipped: { at: PlanPosition; reason: string }[] = [];
  const out = lines.map((line, index) => {
    const depth = nesting(line);
    const indent = indentColumns(line);
    if (depth > MAX_LINE_NESTING || indent > MAX_INDENT_COLUMNS) {
      skipped.push({
        at: { line: index + 1, column: 1 },
        reason:
          depth > MAX_LINE_NESTING
            ? `this line nests ${depth} quotes or list items (at most ${MAX_LINE_NESTING} are read)`
            : `this line is indented ${indent} columns (at most ${MAX_INDENT_COLUMNS} are read)`,
      });
      return line.replace(/[^\r]/g, ' ');
    }
    return line.replace(delimiterRun, (run, _char: string, offset: number) => {
      skipped.push({ at: { line: index + 1, column: offset + 1 }, reason: `a run of ${run.length} "${run[0]}" characters (at most ${MAX_DELIMITER_RUN - 1} are read)` });
      return ' '.repeat(run.length);
    });
  });
  return { text: out.join('\n'), skipped };
}

function nesting(line: string): number {
  let depth = 0;
  let rest = line;
  // Bounded: each round consumes at least one character.
  for (;;) {
    const match = containerMarker.exec(rest);
    if (!match || match[0].length === 0) return depth;
    depth++;
    if (depth > MAX_LINE_NESTING) return depth;
    rest = rest.slice(match[0].length);
  }
}

function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4;
    else break;
  }
  return columns;
}
