import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../src/intake/importers/line-diff.js';
import { unifiedDiff } from '../../../src/intake/importers/unified-diff.js';

/** Length of the longest common subsequence, by the textbook table (fine for small inputs). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 14 });

describe('diffLines (Myers)', () => {
  it('rebuilds both sides, pairs only equal lines, and keeps as many as the longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const edits = diffLines(before, after);
        const rebuiltBefore = edits.flatMap((edit) => (edit.kind === 'insert' ? [] : [before[edit.before]]));
        const rebuiltAfter = edits.flatMap((edit) => (edit.kind === 'delete' ? [] : [after[edit.after]]));
        expect(rebuiltBefore).toEqual(before);
        expect(rebuiltAfter).toEqual(after);
        const equal = edits.filter((edit) => edit.kind === 'equal');
        for (const edit of equal) if (edit.kind === 'equal') expect(before[edit.before]).toBe(after[edit.after]);
        expect(equal.length).toBe(lcsLength(before, after));
      }),
    );
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', { before: 'a/x', after: 'b/x' })).toBe('');
  });

  it('prints hunks with three lines of context in the diff -u format', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n') + '\n';
    const after = ['1', '2', '3', '4', 'five', '6', '7', '8', '9', '10', '11', '12', '13'].join('\n') + '\n';
    expect(unifiedDiff(before, after, { before: 'a/spec.yaml', after: 'b/spec.yaml' })).toBe(
      ['--- a/spec.yaml', '+++ b/spec.yaml', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', '@@ -10,3 +10,4 @@', ' 10', ' 11', ' 12', '+13', ''].join('\n'),
    );
  });

  it('names the line before an empty side, as diff does', () => {
    expect(unifiedDiff('', 'new\n', { before: 'a', after: 'b' })).toBe('--- a\n+++ b\n@@ -0,0 +1,1 @@\n+new\n');
  });
});
