/** A unified diff (the `diff -u` format) of two texts, to show what a merge would change. */
import { diffLines, type LineEdit } from './line-diff.js';

/** Lines of unchanged context around each change. */
const CONTEXT = 3;

/** Splits text into lines, ignoring the newline that ends the last one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** The unified diff from `before` to `after`, or "" when they are equal. */
export function unifiedDiff(before: string, after: string, labels: { readonly before: string; readonly after: string }): string {
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const edits = diffLines(oldLines, newLines);
  const changed = edits.flatMap((edit, index) => (edit.kind === 'equal' ? [] : [index]));
  if (changed.length === 0) return '';

  // Group changes whose context windows touch into one hunk.
  const groups: [number, number][] = [];
  for (const index of changed) {
    const last = groups[groups.length - 1];
    if (last && index - last[1] <= 2 * CONTEXT) last[1] = index;
    else groups.push([index, index]);
  }
  const out = [`--- ${labels.before}`, `+++ ${labels.after}`];
  for (const [first, last] of groups) {
    const slice = edits.slice(Math.max(0, first - CONTEXT), Math.min(edits.length, last + CONTEXT + 1));
    out.push(hunkHeader(slice, edits), ...slice.map((edit) => lineOf(edit, oldLines, newLines)));
  }
  return `${out.join('\n')}\n`;
}

function lineOf(edit: LineEdit, oldLines: readonly string[], newLines: readonly string[]): string {
  if (edit.kind === 'equal') return ` ${oldLines[edit.before] ?? ''}`;
  if (edit.kind === 'delete') return `-${oldLines[edit.before] ?? ''}`;
  return `+${newLines[edit.after] ?? ''}`;
}

/** "@@ -start,count +start,count @@", 1-based; an empty side names the line before it. */
function hunkHeader(slice: readonly LineEdit[], edits: readonly LineEdit[]): string {
  const oldCount = slice.filter((edit) => edit.kind !== 'insert').length;
  const newCount = slice.filter((edit) => edit.kind !== 'delete').length;
  const start = edits.indexOf(slice[0] as LineEdit);
  let oldStart = 0;
  let newStart = 0;
  for (let index = 0; index < start; index++) {
    const edit = edits[index] as LineEdit;
    if (edit.kind !== 'insert') oldStart++;
    if (edit.kind !== 'delete') newStart++;
  }
  const side = (begin: number, count: number) => `${count === 0 ? begin : begin + 1},${count}`;
  return `@@ -${side(oldStart, oldCount)} +${side(newStart, newCount)} @@`;
}
