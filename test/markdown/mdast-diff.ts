/** Compares two mdast trees (ours and remark's) and lists where they differ, for the differential test. */
import type { Nodes } from 'mdast';

export interface TreeDifference {
  readonly path: string;
  readonly what: string;
  readonly ours: unknown;
  readonly remark: unknown;
}

/** Fields compared per node type (position is compared for every node that has one in remark's tree). */
const fields: Record<string, readonly string[]> = {
  heading: ['depth'],
  list: ['ordered', 'start'],
  listItem: ['checked'],
  code: ['lang', 'meta', 'value'],
  table: ['align'],
  text: ['value'],
  inlineCode: ['value'],
  html: ['value'],
  image: ['alt'],
};

export interface DiffOptions {
  /** The source, to recognise the whitelisted micromark quirk (see quoteMarkerEnd). */
  readonly source?: string;
  /** Compare positions of inline nodes other than text and inlineCode too. */
  readonly inlinePositions?: boolean;
}

const inlineTypes = new Set(['emphasis', 'strong', 'delete', 'link', 'image', 'break', 'html']);

/** Every difference between `ours` and `remark`, depth first, iterative. */
export function diffTrees(ours: Nodes, remark: Nodes, options: DiffOptions = {}): TreeDifference[] {
  const differences: TreeDifference[] = [];
  const stack: [Nodes, Nodes, string][] = [[ours, remark, 'root']];
  while (stack.length > 0 && differences.length < 50) {
    const [a, b, path] = stack.pop() as [Nodes, Nodes, string];
    if (a.type !== b.type) {
      differences.push({ path, what: 'type', ours: a.type, remark: b.type });
      continue;
    }
    for (const field of fields[a.type] ?? []) {
      const left = (a as unknown as Record<string, unknown>)[field];
      const right = metaTrimmed(b, field, (b as unknown as Record<string, unknown>)[field]);
      if (JSON.stringify(left) !== JSON.stringify(right)) differences.push({ path, what: field, ours: left, remark: right });
    }
    const comparePosition = options.inlinePositions || !inlineTypes.has(a.type);
    if (comparePosition && b.position && !quoteMarkerEnd(a, b, options.source) && JSON.stringify(point(a.position?.start)) + JSON.stringify(point(a.position?.end)) !== JSON.stringify(point(b.position.start)) + JSON.stringify(point(b.position.end))) {
      differences.push({ path, what: 'position', ours: span(a), remark: span(b) });
    }
    const left = 'children' in a ? (a.children as Nodes[]) : [];
    const right = 'children' in b ? (b.children as Nodes[]) : [];
    if (left.length !== right.length) {
      differences.push({ path, what: 'children', ours: left.map((node) => node.type), remark: right.map((node) => node.type) });
      continue;
    }
    for (let index = left.length - 1; index >= 0; index--) stack.push([left[index] as Nodes, right[index] as Nodes, `${path}/${index}:${(right[index] as Nodes).type}`]);
  }
  return differences;
}

/**
 * micromark quirk, whitelisted: a fence's `meta` keeps the info string's trailing blanks
 * (`\`\`\`js title ` gives meta `title `); CommonMark trims the info string of leading and
 * trailing spaces and tabs (4.5, https://spec.commonmark.org/0.31.2/#info-string), and so do we.
 */
function metaTrimmed(node: Nodes, field: string, value: unknown): unknown {
  return node.type === 'code' && field === 'meta' && typeof value === 'string' ? value.replace(/[ \t]+$/, '') : value;
}

function point(at: { line: number; column: number; offset?: number } | undefined) {
  return at ? [at.line, at.column, at.offset] : undefined;
}

function span(node: Nodes): string {
  const at = node.position;
  return at ? `${at.start.line}:${at.start.column}(${at.start.offset})-${at.end.line}:${at.end.column}(${at.end.offset})` : 'none';
}

/**
 * micromark quirk, whitelisted: a list inside a block quote followed by a quote line holding only
 * `>` ends, in remark's tree, at the end of that marker line; markdown-it's (and CommonMark's) list
 * item ends with its last content. Only the end differs, only for lists and items.
 */
function quoteMarkerEnd(a: Nodes, b: Nodes, source: string | undefined): boolean {
  if (source === undefined || (a.type !== 'list' && a.type !== 'listItem') || !b.position || !a.position) return false;
  if (JSON.stringify(a.position.start) !== JSON.stringify(b.position.start)) return false;
  const line = source.split(/\r\n?|\n/)[b.position.end.line - 1] ?? '';
  return /^[ \t]*(?:>[ \t]*)+$/.test(line) && b.position.end.line > a.position.end.line;
}
