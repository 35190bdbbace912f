/**
 * Parses a Markdown plan (parseMarkdown: CommonMark + GFM, mdast) into the structure checks read: headings and
 * the sections they open, text blocks and runs, tables, code, and — through extract-steps.ts and
 * extract-risks.ts — action steps and risks. Positions are unist's, 1-based.
 */
import type { Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../markdown/parse-markdown.js';
import type { PlanPosition } from '../types.js';
import { extractRisks } from './extract-risks.js';
import { extractSteps } from './extract-steps.js';
import { headingKinds, headingNumbering, normalizeHeading } from './match-heading.js';
import type { PlanCodeBlock, PlanDocument, PlanHeading, PlanSection, PlanTable, TextBlock, TextRun } from './plan-document.js';
import type { SectionKind } from './section-synonyms.js';

/** A heading found among the root's children, with the index of the node that holds it. */
export interface IndexedHeading {
  readonly heading: PlanHeading;
  readonly nodeIndex: number;
  /** False when the node is also content (a "**Rollback:** restore …" paragraph). */
  readonly consumesNode: boolean;
  readonly offset: number;
}

/** What the step and risk extractors get: the tree, the headings and the sections. */
export interface ParsedTree {
  readonly source: string;
  readonly root: Root;
  readonly headings: readonly IndexedHeading[];
  readonly sections: readonly PlanSection[];
  /** The heading held by a root child, by the child's index. */
  readonly headingAt: ReadonlyMap<number, IndexedHeading>;
  readonly sourceOf: (node: Nodes) => string;
}

const PSEUDO_DEPTH = 7;

/** Parses `markdown` (already guarded, see guard-input.ts). Throws only what the parser throws. */
export function parsePlan(markdown: string): PlanDocument {
  const root = parseMarkdown(markdown);
  const lineStarts = [0];
  for (let index = markdown.indexOf('\n'); index !== -1; index = markdown.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const positionAt = (offset: number): PlanPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const sourceOf = (node: Nodes): string => markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  const headings = asTitled(findHeadings(root, sourceOf));
  const sections = buildSections(headings, lineStarts.length);
  const headingAt = new Map(headings.map((entry) => [entry.nodeIndex, entry]));
  const tree: ParsedTree = { source: markdown, root, headings, sections, headingAt, sourceOf };
  const { blocks, runs, codeBlocks, tables } = collectContent(root, markdown, positionAt);
  const sectionsAt = (line: number) => sections.filter((section) => section.startLine <= line && line <= section.endLine);
  const byKind = new Map<SectionKind, PlanSection[]>();
  for (const section of sections) for (const kind of section.heading.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), section]);
  return {
    source: markdown,
    lineCount: lineStarts.length,
    headings: headings.map((entry) => entry.heading),
    sections,
    blocks,
    runs,
    codeBlocks,
    tables,
    steps: extractSteps(tree),
    risks: extractRisks(tree),
    sectionsAt,
    sectionsOf: (kind) => byKind.get(kind) ?? [],
    positionAt,
    lineOffset: (line) => lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0,
  };
}

/** Real headings, and paragraphs used as headings: a bold line, or a short "Rollback plan:" line naming a section. */
function findHeadings(root: Root, sourceOf: (node: Nodes) => string): IndexedHeading[] {
  const found: IndexedHeading[] = [];
  root.children.forEach((node, nodeIndex) => {
    const start = node.position?.start;
    if (!start) return;
    const position = { line: start.line, column: start.column };
    const offset = start.offset ?? 0;
    if (node.type === 'heading') {
      const text = toString(node);
      found.push({ heading: makeHeading(text, node.depth, position, false), nodeIndex, consumesNode: true, offset });
      return;
    }
    if (node.type !== 'paragraph') return;
    const pseudo = pseudoHeading(node, sourceOf);
    if (pseudo) found.push({ heading: makeHeading(pseudo.text, PSEUDO_DEPTH, position, true), nodeIndex, consumesNode: pseudo.consumes, offset });
  });
  return found;
}

/**
 * A lone level-1 heading above the others is the document's title ("Homelab: quorum, backup and
 * alerting"); it names a section only when it is exactly a synonym, not through its words.
 */
function asTitled(headings: IndexedHeading[]): IndexedHeading[] {
  const [first] = headings;
  if (!first || first.heading.depth !== 1 || headings.length < 2 || headings.filter((entry) => entry.heading.depth === 1).length > 1) return headings;
  return [{ ...first, heading: { ...first.heading, kinds: headingKinds(first.heading.normalized, true) } }, ...headings.slice(1)];
}

function pseudoHeading(node: Paragraph, sourceOf: (node: Nodes) => string): { text: string; consumes: boolean } | undefined {
  const [first, ...rest] = node.children;
  if (!first) return undefined;
  const restText = rest.map((child) => toString(child)).join('');
  if ((first.type === 'strong' || first.type === 'emphasis') && sourceOf(node).indexOf('\n') === -1) {
    const label = toString(first).trim();
    if (label.length === 0 || label.length > 80) return undefined;
    if (/^\s*:?\s*$/.test(restText)) return { text: label.replace(/:\s*$/, ''), consumes: true };
    // "**Rollback:** restore the snapshot" opens a section only when the label names one.
    if (/^\s*:/.test(restText) || /:\s*$/.test(label)) {
      const text = label.replace(/:\s*$/, '');
      if (headingKinds(normalizeHeading(text)).length > 0) return { text, consumes: false };
    }
    return undefined;
  }
  const text = toString(node).trim();
  if (text.length <= 60 && text.endsWith(':') && text.indexOf('\n') === -1 && text.split(/\s+/).length <= 6) {
    const label = text.slice(0, -1);
    if (headingKinds(normalizeHeading(label)).length > 0) return { text: label, consumes: true };
  }
  return undefined;
}

function makeHeading(text: string, depth: number, position: PlanPosition, pseudo: boolean): PlanHeading {
  const normalized = normalizeHeading(text);
  const numbering = headingNumbering(text);
  return { text: text.trim(), normalized, depth, position, kinds: headingKinds(normalized), pseudo, ...(numbering === undefined ? {} : { number: numbering[0] as number, numbering }) };
}

/** A section runs from its heading to the line before the next heading of the same or a higher level. */
function buildSections(headings: readonly IndexedHeading[], lineCount: number): PlanSection[] {
  return headings.map((entry, index) => {
    let endLine = lineCount;
    for (const next of headings.slice(index + 1)) {
      if (next.heading.depth <= entry.heading.depth) {
        endLine = Math.max(entry.heading.position.line, next.heading.position.line - 1);
        break;
      }
    }
    return { heading: entry.heading, startLine: entry.heading.position.line, endLine, startOffset: entry.offset };
  });
}

/** Walks the tree without recursion (plans can nest deeply) and collects text, code and tables. */
function collectContent(root: Root, markdown: string, positionAt: (offset: number) => PlanPosition) {
  const blocks: TextBlock[] = [];
  const runs: TextRun[] = [];
  const codeBlocks: PlanCodeBlock[] = [];
  const tables: PlanTable[] = [];
  const stack: Nodes[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    const start = node.position?.start;
    const startOffset = start?.offset ?? 0;
    const position = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push({ kind: node.type, text: toString(node), position, offset: startOffset });
        break;
      case 'table':
        const table = tableOf(node, positionAt);
        tables.push(table);
        node.children.slice(1).forEach((row, index) => {
          const rowStart = row.position?.start;
          const text = (table.rows[index]?.cells ?? []).map((cell, column) => `${table.header[column] ?? ''}: ${cell.text}`).join(' | ');
          blocks.push({ kind: 'table-row', text, position: rowStart ? { line: rowStart.line, column: rowStart.column } : position, offset: rowStart?.offset ?? startOffset });
        });
        break;
      case 'code': {
        const fenced = /^[ \t]*[`~]/.test(markdown.slice(startOffset, startOffset + 8));
        const valueOffset = fenced ? markdown.indexOf('\n', startOffset) + 1 : startOffset;
        const first = positionAt(valueOffset > 0 ? valueOffset : startOffset);
        codeBlocks.push({ lang: (node.lang ?? '').toLowerCase(), value: node.value, position, firstLine: first.line, firstColumn: fenced ? position.column : position.column });
        break;
      }
      case 'text':
      case 'inlineCode': {
        const end = node.position?.end.offset ?? startOffset;
        const raw = markdown.slice(startOffset, end);
        const index = node.type === 'text' ? (raw === node.value ? 0 : -1) : raw.indexOf(node.value);
        runs.push({ text: node.value, offset: index >= 0 ? startOffset + index : undefined, position, kind: node.type === 'text' ? 'text' : 'inline-code' });
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return { blocks, runs, codeBlocks, tables };
}

function tableOf(node: Table, positionAt: (offset: number) => PlanPosition): PlanTable {
  const [head, ...body] = node.children;
  const pos = (offset: number | undefined) => positionAt(offset ?? 0);
  return {
    header: head?.children.map((cell) => toString(cell).trim()) ?? [],
    rows: body.map((row) => ({
      cells: row.children.map((cell) => ({ text: toString(cell).trim(), position: pos(cell.position?.start.offset) })),
      position: pos(row.position?.start.offset),
      offset: row.position?.start.offset ?? 0,
    })),
    position: pos(node.position?.start.offset),
    offset: node.position?.start.offset ?? 0,
  };
}

/** Root children from the node after `entry`'s heading to the end of its section. */
export function sectionNodes(tree: ParsedTree, entry: IndexedHeading, section: PlanSection): { node: RootContent; index: number }[] {
  const nodes: { node: RootContent; index: number }[] = [];
  for (let index = entry.consumesNode ? entry.nodeIndex + 1 : entry.nodeIndex; index < tree.root.children.length; index++) {
    const node = tree.root.children[index] as RootContent;
    if ((node.position?.start.line ?? 0) > section.endLine) break;
    nodes.push({ node, index });
  }
  return nodes;
}
