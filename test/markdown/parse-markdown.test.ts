import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';

function find(root: Root, type: string): Nodes[] {
  const found: Nodes[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === type) found.push(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return found;
}
const at = (node: Nodes | undefined) => [node?.position?.start.line, node?.position?.start.column, node?.position?.start.offset];

describe('parseMarkdown positions (1-based line and column, 0-based offset)', () => {
  const text = '# Title\n\n- one\n  - two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\nls\n```\n\nplain text and \\*escaped\\* text\n';
  const root = parseMarkdown(text);

  it('headings, list items, table rows and code blocks', () => {
    expect(at(find(root, 'heading')[0])).toEqual([1, 1, 0]);
    expect(find(root, 'listItem').map(at)).toEqual([[3, 1, 9], [4, 3, 17]]);
    expect(find(root, 'tableRow').map(at)).toEqual([[6, 1, 24], [8, 1, 44]]);
    expect(find(root, 'tableCell').map(at)).toEqual([[6, 1, 24], [6, 5, 28], [8, 1, 44], [8, 5, 48]]);
    const code = find(root, 'code')[0];
    expect(at(code)).toEqual([10, 1, 55]);
    expect(code).toMatchObject({ lang: 'sh', value: 'ls' });
  });

  it('a verbatim text run maps to its source; one with escapes keeps its block but is not verbatim', () => {
    const texts = find(root, 'text').filter((node) => node.type === 'text' && node.value.includes('text'));
    const [run] = texts;
    expect(run?.type === 'text' && run.value).toBe('plain text and *escaped* text');
    const start = run?.position?.start.offset ?? -1;
    const end = run?.position?.end.offset ?? -1;
    expect(at(run)).toEqual([14, 1, 69]);
    expect(text.slice(start, end)).toBe('plain text and \\*escaped\\* text');
    const verbatim = parseMarkdown('say *hello* now').children[0];
    const hello = verbatim?.type === 'paragraph' ? verbatim.children[1] : undefined;
    expect(hello?.type === 'emphasis' && hello.children[0]?.position?.start.offset).toBe(5);
  });

  it('CRLF input: lines and columns as in LF, offsets count both characters', () => {
    const crlf = parseMarkdown('# A\r\n\r\n- b\r\n- c\r\n');
    expect(find(crlf, 'listItem').map(at)).toEqual([[3, 1, 7], [4, 1, 12]]);
    const text = find(crlf, 'text')[2];
    expect(text?.type === 'text' && text.value).toBe('c');
    expect(at(text)).toEqual([4, 3, 14]);
  });

  it('inline code offsets point at the backticks', () => {
    const code = find(parseMarkdown('run `pvecm status` now'), 'inlineCode')[0];
    expect(at(code)).toEqual([1, 5, 4]);
    expect(code?.position?.end.offset).toBe(18);
  });
});

describe('parseMarkdown never throws', () => {
  it.each(['>', '-', '*', '[', '- >', '1. '])('on 10,000-deep nesting of %j', (marker) => {
    const deep = `${marker.repeat(10_000)} x\n`;
    const spaced = `${(marker + ' ').repeat(10_000)}x\n`;
    expect(parseMarkdown(deep).type).toBe('root');
    expect(parseMarkdown(spaced).type).toBe('root');
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), fc.string({ maxLength: 100 }), (ascii, unicode) => {
        const text = ascii + unicode + '\0\r\n\t\uFEFF';
        expect(parseMarkdown(text).type).toBe('root');
      }),
      { numRuns: 500 },
    );
  });
});
