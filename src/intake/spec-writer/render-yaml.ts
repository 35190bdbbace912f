/**
 * Writes a spec as YAML whose nodes carry their notes as comments, in the house style of the
 * examples: small records on one line in flow style, larger ones as blocks, lists of plain values
 * inline. The one writer of commented specs: `kestra init`, the importers, and the entities a merge
 * adds to an existing spec.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { type Annotations, type Note, noteText } from './annotations.js';

/** Serializer options shared by rendering and merging, so both print the same text for the same data. */
export const YAML_OUTPUT_OPTIONS = { lineWidth: 0 } as const;

/** Longest record (in characters of its JSON form) still printed on one line. */
const FLOW_LIMIT = 110;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isScalarValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Text that stays inside one comment line: a YAML comment ends at a line break (YAML 1.1 readers also
 * break at NEL, LS and PS), and characters YAML does not allow in a stream would make it unreadable.
 * https://yaml.org/spec/1.2.2/#51-character-set
 */
function oneLine(text: string): string {
  return text
    .replace(/\s*[\r\n\u0085\u2028\u2029]\s*/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Comment text for YAML, one comment line per entry: each gets the one space the `yaml` printer does not add. */
export function commentLines(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '' : ` ${oneLine(line)}`)).join('\n');
}

/** The comment lines of `notes`, or undefined when there are none. */
function noteLines(notes: readonly Note[]): string | undefined {
  return notes.length > 0 ? commentLines(notes.map(noteText)) : undefined;
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
      const notes = isPlainObject(itemValue) ? noteLines(annotations.entityNotes(itemValue)) : undefined;
      if (notes) (item as Node).commentBefore = notes;
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
    const entityNotes = isPlainObject(child) ? annotations.entityNotes(child) : [];
    if (fieldNote && isScalar(pair.value)) pair.value.comment = commentLines([noteText(fieldNote)]);
    const above = noteLines([...(fieldNote && !isScalar(pair.value) ? [fieldNote] : []), ...entityNotes]);
    if (above) pair.key.commentBefore = above;
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
