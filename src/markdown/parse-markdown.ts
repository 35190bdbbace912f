/**
 * Parses Markdown (CommonMark + GFM) into the mdast tree remark-parse + remark-gfm would build, with
 * markdown-it as the parser: micromark took ~250 ms on a 127 KB report, markdown-it takes ~20 ms.
 * Block positions are exact; text and inline code positions are exact where the text is verbatim
 * in the source (see inline-tree.ts). The differences from remark that remain are listed in
 * test/markdown/parse-markdown.differential.test.ts.
 */
import type { Token } from 'markdown-it';
import type { AlignType, Blockquote, Code, Heading, List, ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root, TableCell, TableRow } from 'mdast';
import { autolinkLiterals } from './autolink-literal.js';
import { inlineTree } from './inline-tree.js';
import { type BlockLine, type BlockSpan, decodeInfo, parseInlineTokens, tokenize } from './markdown-it-parser.js';
import { type SourceText, sourceText } from './source-text.js';
import { tableCells } from './table-cells.js';
import { taskItem } from './task-item.js';

type AnyParent = Parent & { children: Nodes[] };

/** The mdast tree of `markdown`. Never throws on any string. */
export function parseMarkdown(markdown: string): Root {
  const source = sourceText(markdown);
  const { tokens, blocks, inlineSpans } = tokenize(source.text);
  const root: Root = { type: 'root', children: [], position: { start: source.point(0), end: source.point(source.text.length) } };
  const stack: AnyParent[] = [root as AnyParent];
  const top = () => stack[stack.length - 1] as AnyParent;
  const position = (start: number, end: number) => ({ start: source.point(start), end: source.point(end) });
  let align: AlignType[] = [];
  const emptyItemEnds = new WeakMap<object, number>();
  const open = (node: AnyParent) => {
    top().children.push(node as Nodes);
    stack.push(node);
  };
  const close = () => {
    const node = stack.pop() as AnyParent;
    const last = node.children[node.children.length - 1];
    // Containers end with their last child (a list item does not own the blank lines after it).
    if (node.type === 'list' || node.type === 'listItem') {
      if (last?.position && node.position) node.position.end = last.position.end;
      // An empty item ends at its line's end, the blanks after the marker included.
      else if (node.type === 'listItem' && node.position) node.position.end = source.point(emptyItemEnds.get(node) ?? node.position.end.offset ?? 0);
      if (node.type === 'listItem') taskItem(node as ListItem, source.text);
    }
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const span = blocks.get(token);
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const inline = tokens[index + 1] as Token;
        const inlineSpan = blocks.get(inline);
        const start = span ? span.first.content : 0;
        const end = span ? span.last.end : start;
        // A heading's text is looked up after its opening `#`s: the text may be `#` too (`# # #`).
        const after = token.type === 'heading_open' && span ? span.first.content + token.markup.length : undefined;
        const children = inlineSpan ? phrasing(inline, inlineSpan, source, inlineSpans, after) : [];
        const node: Paragraph | Heading =
          token.type === 'paragraph_open'
            ? { type: 'paragraph', children, position: position(start, end) }
            : { type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children, position: position(start, end) };
        top().children.push(node);
        index += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = span?.first.content ?? 0;
        const tight = isTight(tokens, index);
        const node: List = { type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : null, spread: !tight, children: [], position: position(start, span?.last.end ?? start) };
        open(node as unknown as AnyParent);
        break;
      }
      case 'list_item_open': {
        const start = span?.first.content ?? 0;
        const markerEnd = start + (token.info === '' ? 1 : token.info.length + 1);
        const node: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: position(start, markerEnd) };
        if (span) emptyItemEnds.set(node, span.first.end);
        open(node as unknown as AnyParent);
        break;
      }
      case 'blockquote_open': {
        const start = span?.first.content ?? 0;
        const node: Blockquote = { type: 'blockquote', children: [], position: position(start, span?.last.end ?? start) };
        open(node as unknown as AnyParent);
        break;
      }
      case 'table_open':
        align = [];
        open({ type: 'table', align, children: [], position: position(span?.first.content ?? 0, span?.last.end ?? 0) } as unknown as AnyParent);
        break;
      case 'th_open':
        align.push(alignOf(token));
        break;
      case 'tr_open': {
        const row = span?.lines?.[0];
        if (row) top().children.push(tableRow(tokens, index, row, source, inlineSpans));
        break;
      }
      case 'fence':
      case 'code_block': {
        const start = token.type === 'fence' ? (span?.first.content ?? 0) : (span?.codeStart ?? span?.first.start ?? 0);
        const info = decodeInfo(token.info).trim();
        const lang = token.type === 'fence' && info !== '' ? (info.split(/\s/, 1)[0] as string) : null;
        const meta = lang === null ? null : info.slice(lang.length).trim() || null;
        let end = span?.last.end ?? start;
        // A fence left open at the top level runs, in remark, to the end of the document.
        if (token.type === 'fence' && stack.length === 1 && span && !closesFence(source.text.slice(span.last.content, span.last.end), token.markup, span.first === span.last || span.first.content === span.last.content)) end = source.text.length;
        const node: Code = { type: 'code', lang, meta, value: token.content.replace(/\n$/, ''), position: position(start, end) };
        top().children.push(node);
        break;
      }
      case 'html_block':
        top().children.push({ type: 'html', value: token.content.replace(/\n+$/, ''), position: position(span?.first.start ?? 0, span?.last.end ?? 0) });
        break;
      case 'hr':
        top().children.push({ type: 'thematicBreak', position: position(span?.first.content ?? 0, span?.last.end ?? 0) });
        break;
      case 'definition': {
        const start = span?.first.content ?? 0;
        const label = /^\[((?:[^\\\]]|\\.)*)\]/.exec(source.text.slice(start, span?.last.end ?? start))?.[1] ?? '';
        top().children.push({ type: 'definition', identifier: label.toLowerCase(), label, url: '', title: null, position: position(start, span?.last.end ?? start) });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'table_close':
        close();
        break;
      default:
        break;
    }
  }
  return root;
}

function phrasing(inline: Token, span: BlockSpan, source: SourceText, spans: WeakMap<Token, { start?: number; end?: number }>, after?: number): PhrasingContent[] {
  const offsets = contentOffsets(inline.content, span.lines ?? [span.first], source.text, after);
  const children = inlineTree(inline.children ?? [], { content: inline.content, toSource: (offset) => offsets[offset] ?? offsets[offsets.length - 1] ?? 0, point: source.point, spans });
  return autolinkLiterals(children, source);
}

/**
 * Source offset of each character of an inline token's content (and of its end). Each content line
 * is its source line without the container prefix, the indentation and, for the first and last,
 * leading and trailing blanks; tabs expanded to spaces make a line unfindable, and it is then
 * laid from its first non-blank character.
 */
function contentOffsets(content: string, lines: readonly BlockLine[], text: string, after?: number): number[] {
  const offsets: number[] = [];
  const contentLines = content.split('\n');
  contentLines.forEach((line, index) => {
    const source = lines[index] ?? lines[lines.length - 1];
    let start = source ? source.content : 0;
    if (source) {
      const found = index === 0 && after !== undefined ? text.slice(after, source.end).indexOf(line) + after - source.start : text.slice(source.start, source.end).lastIndexOf(line);
      if (found >= 0) start = source.start + found;
    }
    for (let column = 0; column < line.length; column++) offsets.push(start + column);
    offsets.push(start + line.length);
  });
  return offsets;
}

function tableRow(tokens: readonly Token[], index: number, row: BlockLine, source: SourceText, spans: WeakMap<Token, { start?: number; end?: number }>): TableRow {
  const cells = tableCells(source.text, row.content, row.end);
  const inlines: Token[] = [];
  for (let next = index + 1; next < tokens.length && tokens[next]?.type !== 'tr_close'; next++) if (tokens[next]?.type === 'inline') inlines.push(tokens[next] as Token);
  const children: TableCell[] = cells.map((cell, column) => {
    const inline = inlines[column];
    const toSource = (offset: number) => cell.offsets[offset] ?? cell.offsets[cell.offsets.length - 1] ?? cell.start;
    let phrasing: PhrasingContent[];
    const children = inline ? (inline.content === cell.content ? inline.children : undefined) : cell.content === '' ? [] : parseInlineTokens(cell.content);
    if (children) phrasing = autolinkLiterals(inlineTree(children ?? [], { content: cell.content, toSource, point: source.point, spans }), source);
    else phrasing = cell.content === '' ? [] : [{ type: 'text', value: cell.content, position: { start: source.point(toSource(0)), end: source.point(toSource(cell.content.length)) } }];
    return { type: 'tableCell', children: phrasing, position: { start: source.point(cell.start), end: source.point(cell.end) } };
  });
  const end = cells[cells.length - 1]?.end ?? row.end;
  return { type: 'tableRow', children, position: { start: source.point(row.content), end: source.point(end) } };
}

function alignOf(token: Token): AlignType {
  const style = String(token.attrGet('style') ?? '');
  const match = /text-align:(left|right|center)/.exec(style);
  return (match?.[1] as AlignType | undefined) ?? null;
}

/** A list is tight when markdown-it hid its paragraphs (CommonMark's tight/loose). */
function isTight(tokens: readonly Token[], openIndex: number): boolean {
  const level = (tokens[openIndex] as Token).level;
  for (let index = openIndex + 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.level === level) return true;
    if (token.type === 'paragraph_open' && token.level === level + 2) return token.hidden;
  }
  return true;
}

function closesFence(line: string, markup: string, single: boolean): boolean {
  if (single) return false;
  const run = /^([`~]+)[ \t]*$/.exec(line)?.[1];
  return run !== undefined && run[0] === markup[0] && run.length >= markup.length && /^(.)\1*$/.test(run);
}
