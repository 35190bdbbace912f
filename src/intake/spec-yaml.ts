/**
 * Writes spec input as YAML with comments, for `kestra init` (and importers that write specs the same
 * way): a header comment, and a comment at each value an assumption or open question is about.
 * Uses the yaml library's Document API, so comments sit next to the nodes they describe.
 */
import { Document, isMap, isNode, isSeq, type Node } from 'yaml';
import type { PathSegment } from './yaml-document.js';

export interface SpecComment {
  /** Spec path of the value the comment is about; [] for the document. */
  readonly path: readonly PathSegment[];
  readonly comment: string;
}

/** The node at `path`, or the nearest ancestor that exists. */
function nodeAt(document: Document, path: readonly PathSegment[]): { node: Node; exact: boolean } | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node)) return { node, exact: length === path.length };
  }
  return undefined;
}

/** Keeps comments on one line each: YAML comments end at a new line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Renders `data` as YAML, `header` as the opening comment, and each comment before the node it is about. */
export function specToYaml(data: unknown, header: readonly string[], comments: readonly SpecComment[]): string {
  const document = new Document(data);
  const before = new Map<Node, string[]>();
  const documentNotes: string[] = [];
  for (const { path, comment } of comments) {
    const found = path.length > 0 ? nodeAt(document, path) : undefined;
    if (!found) {
      documentNotes.push(oneLine(comment));
      continue;
    }
    const list = before.get(found.node) ?? [];
    const text = oneLine(comment);
    if (!list.includes(text)) list.push(text);
    before.set(found.node, list);
  }
  for (const [node, notes] of before) {
    const text = notes.map((note) => ` ${note}`).join('\n');
    if (isMap(node) || isSeq(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${text}` : text;
    else node.comment = ` ${notes.join('; ')}`;
  }
  document.commentBefore = [...header, ...(documentNotes.length > 0 ? ['', ...documentNotes] : [])].map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return document.toString({ lineWidth: 0 });
}
