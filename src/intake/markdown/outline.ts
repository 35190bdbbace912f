/**
 * Turns a Markdown document into an outline of sections: each heading opens a section holding the
 * lines under it (list items with their nested items, paragraph lines) and its tables. The parser
 * is parseMarkdown (CommonMark + GFM tables, mdast); positions are unist's, already 1-based.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../markdown/parse-markdown.js';

/** One line of text: a list item's own text, a paragraph line, or a key/value table row. */
export interface OutlineItem {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** Nested list items and continuation lines. */
  readonly children: readonly OutlineItem[];
}

export interface OutlineCell {
  readonly text: string;
  readonly column: number;
}

export interface OutlineTable {
  readonly line: number;
  readonly header: readonly OutlineCell[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly OutlineCell[] }[];
}

export type OutlineBlock = { readonly kind: 'item'; readonly item: OutlineItem } | { readonly kind: 'table'; readonly table: OutlineTable };

export interface OutlineSection {
  /** Heading text; empty for the part before the first heading. */
  readonly title: string;
  /** Heading depth 1-6; 0 for the document root. */
  readonly depth: number;
  readonly line: number;
  readonly column: number;
  readonly blocks: OutlineBlock[];
  readonly children: OutlineSection[];
}

/** Lines the outline does not carry as text (code, HTML, rules), with what they are. */
export interface SkippedLines {
  readonly from: number;
  readonly to: number;
  readonly what: 'code block' | 'HTML' | 'thematic break' | 'table delimiter' | 'comment' | 'other';
}

export interface Outline {
  readonly root: OutlineSection;
  readonly skipped: readonly SkippedLines[];
}

/** Parses Markdown text into an outline. Never throws: a parser failure yields an empty outline. */
export function outlineMarkdown(text: string): Outline {
  const root: OutlineSection = { title: '', depth: 0, line: 1, column: 1, blocks: [], children: [] };
  const skipped: SkippedLines[] = [];
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch {
    return { root, skipped };
  }
  const stack: OutlineSection[] = [root];
  const current = () => stack[stack.length - 1] ?? root;
  const visitBlock = (node: RootContent) => {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    switch (node.type) {
      case 'heading': {
        const section = headingSection(node);
        while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
        current().children.push(section);
        stack.push(section);
        return;
      }
      case 'paragraph':
        for (const item of paragraphItems(node)) current().blocks.push({ kind: 'item', item });
        return;
      case 'list':
        for (const item of listItems(node)) current().blocks.push({ kind: 'item', item });
        return;
      case 'table': {
        current().blocks.push({ kind: 'table', table: tableOf(node) });
        const delimiter = (node.children[0]?.position?.end.line ?? start) + 1;
        if (delimiter <= end) skipped.push({ from: delimiter, to: delimiter, what: 'table delimiter' });
        return;
      }
      case 'blockquote':
        for (const child of node.children) visitBlock(child);
        return;
      case 'code':
        skipped.push({ from: start, to: end, what: 'code block' });
        return;
      case 'html':
        skipped.push({ from: start, to: end, what: /^\s*<!--/.test(node.value) ? 'comment' : 'HTML' });
        return;
      case 'thematicBreak':
        skipped.push({ from: start, to: end, what: 'thematic break' });
        return;
      default:
        skipped.push({ from: start, to: end, what: 'other' });
    }
  };
  for (const node of tree.children) visitBlock(node);
  return { root, skipped };
}

function headingSection(node: Heading): OutlineSection {
  return {
    title: inlineText(node.children).replace(/\s+/g, ' ').trim(),
    depth: node.depth,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
    blocks: [],
    children: [],
  };
}

/** Each line of a paragraph becomes an item of its own ("CPU: i5\nRAM: 32GB" is two key/value lines). */
function paragraphItems(node: Paragraph): OutlineItem[] {
  const start = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  return inlineText(node.children)
    .split('\n')
    .map((text, offset) => ({ text: text.trim(), line: start + offset, column: offset === 0 ? column : 1, children: [] }))
    .filter((item) => item.text !== '');
}

function listItems(list: List): OutlineItem[] {
  return list.children.map((item) => listItem(item));
}

function listItem(node: ListItem): OutlineItem {
  const line = node.position?.start.line ?? 1;
  const column = node.position?.start.column ?? 1;
  let own: OutlineItem | undefined;
  const children: OutlineItem[] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      const lines = paragraphItems(child);
      if (own === undefined && lines[0]) {
        own = { ...lines[0], column };
        children.push(...lines.slice(1));
      } else {
        children.push(...lines);
      }
    } else if (child.type === 'list') {
      children.push(...listItems(child));
    } else if (child.type === 'heading' || child.type === 'blockquote') {
      const text = toString(child as Nodes).trim();
      if (text) children.push({ text, line: child.position?.start.line ?? line, column: child.position?.start.column ?? column, children: [] });
    }
  }
  const checked = node.checked === true ? '[x] ' : node.checked === false ? '[ ] ' : '';
  return { text: own ? `${checked}${own.text}`.trim() : '', line, column, children };
}

function tableOf(node: Table): OutlineTable {
  const [headRow, ...bodyRows] = node.children;
  const cells = (row: Table['children'][number] | undefined) =>
    (row?.children ?? []).map((cell) => ({ text: toString(cell).replace(/\s+/g, ' ').trim(), column: cell.position?.start.column ?? 1 }));
  return {
    line: node.position?.start.line ?? 1,
    header: cells(headRow),
    rows: bodyRows.map((row) => ({ line: row.position?.start.line ?? 1, cells: cells(row) })),
  };
}

/** Inline text with hard breaks kept as new lines; HTML such as <br> counts as a break too. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if (node.type === 'html') text += /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : '';
    else if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? '';
    else if ('children' in node) text += inlineText(node.children as PhrasingContent[]);
  }
  return text;
}
