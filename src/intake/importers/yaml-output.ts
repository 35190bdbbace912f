/**
 * Turns an imported spec into YAML nodes that carry their notes as comments, in the house style of
 * the examples: small records on one line in flow style, larger ones as blocks, lists of plain
 * values inline. Used for a fresh spec and for the entities a merge adds to an existing one.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { type Annotations, noteText } from './import-result.js';

/** Serializer options shared by rendering and merging, so both print the same text for the same data. */
export const YAML_OUTPUT_OPTIONS = { lineWidth: 0 } as const;

/** Longest record (in characters of its JSON form) still printed on one line. */
const FLOW_LIMIT = 110;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isScalarValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Comment text for YAML: each line gets the one space the `yaml` printer does not add. */
export function commentLines(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}

/** Builds the node for `value` in `doc`, with entity notes as comments above and field notes inline. */
export function annotatedNode(doc: Document, value: unknown, annotations: Annotations, depth = 0): Node {
  const node = doc.createNode(value) as Node;
  decorate(node, value, annotations, depth);
  return node;
}

/** Records nested at least this deep (0 is the document) may print on one line; sections never do. */
const FLOW_DEPTH = 2;

function decorate(node: Node, value: unknown, annotations: Annotations, depth: number): void {
  // "02:30" is a string in YAML 1.2 but a number (9000) in YAML 1.1 readers; quote clock-like text.
  if (isScalar(node) && typeof node.value === 'string' && /^[\d:._]+$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
  if (isSeq(node) && Array.isArray(value)) {
    if (value.every(isScalarValue)) node.flow = true;
    node.items.forEach((item, index) => {
      const itemValue: unknown = value[index];
      decorate(item as Node, itemValue, annotations, depth + 1);
      if (isPlainObject(itemValue)) {
        const notes = annotations.entityNotes(itemValue);
        if (notes.length > 0) (item as Node).commentBefore = commentLines(notes.map(noteText));
      }
    });
    return;
  }
  if (!isMap(node) || !isPlainObject(value)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const child = value[key];
    if (pair.value) decorate(pair.value as Node, child, annotations, depth + 1);
    const fieldNote = annotations.fieldNote(value, key);
    if (fieldNote && isScalar(pair.value)) pair.value.comment = ` ${noteText(fieldNote)}`;
    else if (fieldNote) pair.key.commentBefore = ` ${noteText(fieldNote)}`;
    if (isPlainObject(child)) {
      const notes = annotations.entityNotes(child);
      if (notes.length > 0) pair.key.commentBefore = commentLines(notes.map(noteText));
    }
  }
  if (depth >= FLOW_DEPTH && canFlow(value, annotations)) node.flow = true;
}

/** A record prints on one line when it is short, holds only plain values or lists of them, and carries no inline notes. */
function canFlow(value: Record<string, unknown>, annotations: Annotations): boolean {
  const entries = Object.entries(value);
  if (entries.some(([key]) => annotations.fieldNote(value, key) !== undefined)) return false;
  if (!entries.every(([, child]) => isScalarValue(child) || (Array.isArray(child) && child.every(isScalarValue)))) return false;
  return JSON.stringify(value).length <= FLOW_LIMIT;
}

/** Renders a whole spec with a header comment. */
export function renderYaml(value: unknown, annotations: Annotations, header: readonly string[]): string {
  const doc = new Document();
  doc.contents = annotatedNode(doc, value, annotations) as Document['contents'];
  if (header.length > 0) doc.commentBefore = commentLines(header);
  return doc.toString(YAML_OUTPUT_OPTIONS);
}
