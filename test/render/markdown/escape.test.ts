import fc from 'fast-check';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeLineStart, escapeText, fencedBlock, oneLine } from '../../../src/render/markdown/escape.js';
import { parseMarkdown } from '../../helpers/markdown-ast.js';

/** What a reader sees of a one-line text: line breaks folded, outer blanks dropped (as Markdown does). */
const seen = (text: string) => oneLine(text).replace(/^[ \t]+|[ \t]+$/g, '');
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom('<script>', '</script>', '|', '*', '_', '`', '~~', '[x](y)', '![i](j)', '# ', '- ', '1. ', '> ', '&lt;', '&#65;', '\\', '\n', '\r\n', '    ', '***', 'www.x.org', 'https://x.org/a_b?q=1&r=2', ' (http://y.io).', '<b>', 'a_b', '==='), { maxLength: 8 }).map((parts) => parts.join('')),
);

describe('escapeText', () => {
  it('shows hostile text as the same text in a paragraph, never as markup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tree = parseMarkdown(escapeLineStart(escapeText(text)));
        if (seen(text) === '') return;
        expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
        expect(toString(tree)).toBe(seen(text));
        // GFM still links a bare "www.…" or "https://…" in plain text (its text unchanged); nothing else becomes markup.
        expect(JSON.stringify(tree)).not.toMatch(/"type":"(html|emphasis|strong|delete|image|inlineCode|break)"/);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps a table row a row: one cell per column, each showing its text', () => {
    fc.assert(
      fc.property(hostile, hostile, (left, right) => {
        const tree = parseMarkdown(`| a | b |\n| --- | --- |\n| ${escapeText(left) || ' '} | ${escapeText(right) || ' '} |\n`);
        const table = tree.children[0];
        expect(table?.type).toBe('table');
        if (table?.type !== 'table') return;
        expect(table.children).toHaveLength(2);
        expect(table.children[1]?.children.map((cell) => toString(cell))).toEqual([seen(left), seen(right)]);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves ordinary text readable', () => {
    expect(escapeText('local_zfs on pve1, 2.5 Gbit/s (ECC) & more')).toBe('local_zfs on pve1, 2.5 Gbit/s (ECC) & more');
    expect(escapeText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeText('a|b\nc')).toBe('a\\|b c');
  });
});

describe('codeSpan', () => {
  it('holds backticks and, in tables, pipes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('\\|', 'a\\|b', '`|`')), (text) => {
        fc.pre(oneLine(text).trim() !== '');
        const tree = parseMarkdown(`| a |\n| --- |\n| ${codeSpan(text, true)} |\n`);
        const table = tree.children[0];
        if (table?.type !== 'table') throw new Error('not a table');
        const cell = table.children[1]?.children[0];
        // A backslash before a pipe cannot live in a table's code span (GFM); it is shown as plain text.
        expect(cell?.children.map((node) => node.type)).toEqual(oneLine(text).includes('\\|') ? ['text'] : ['inlineCode']);
        // A code span drops one space on each side only when both are there (CommonMark 6.1).
        expect(toString(cell)).toBe(oneLine(text).replace(/^ (.*[^ ].*) $/s, '$1'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fencedBlock', () => {
  it('is never closed early by the content', () => {
    const content = 'a\n```\nb\n````\nc';
    const tree = parseMarkdown(fencedBlock('text', content));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ type: 'code', lang: 'text', value: content });
  });
});
