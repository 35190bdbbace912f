/**
 * Merges a fresh import into an existing spec without losing what a person wrote there. Entities
 * are matched by id (links by their two ends); imported values refresh the spec, assumed and
 * unknown values only fill gaps, and everything else — hand-written entities, fields and comments —
 * is kept. Lines the merge does not change keep their original text, so the diff shows only the
 * merge and not the serializer's taste in whitespace.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { diffLines } from './line-diff.js';
import type { ImportResult, ImportTool } from './import-result.js';
import { type Annotations, noteText } from '../spec-writer/annotations.js';
import { annotatedNode, commentLines, YAML_OUTPUT_OPTIONS } from '../spec-writer/render-yaml.js';
import { splitLines } from './unified-diff.js';

export interface MergeOutcome {
  /** The merged spec. */
  readonly text: string;
  /** Entities and fields the import added, e.g. "workloads[web]". */
  readonly added: readonly string[];
  /** Values the import refreshed, e.g. "workloads[web].memory". */
  readonly updated: readonly string[];
  /** Entities an earlier import of the same tool wrote that the source no longer has; kept, for the user to remove. */
  readonly gone: readonly string[];
}

interface MergeContext {
  readonly doc: Document;
  readonly annotations: Annotations;
  readonly tool: ImportTool;
  readonly added: string[];
  readonly updated: string[];
  readonly gone: string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Merges `result` into the YAML text `existing` (which must parse as YAML). A VLAN is the same VLAN
 * when its 802.1Q tag is: where the spec already has the tag under another id, the import's VLAN
 * and its references take the spec's id (the import's spec is changed in place).
 */
export function mergeImport(existing: string, result: ImportResult): MergeOutcome {
  const doc: Document = parseDocument(existing, { uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) throw new Error(`the spec to merge into is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  const baseline = doc.toString(YAML_OUTPUT_OPTIONS);
  adoptVlanIds(doc.toJSON(), result.spec);
  const context: MergeContext = { doc, annotations: result.annotations, tool: result.tool, added: [], updated: [], gone: [] };
  if (doc.contents === null) {
    doc.contents = annotatedNode(doc, result.spec, result.annotations) as Document['contents'];
    context.added.push('(whole spec)');
  } else if (isMap(doc.contents)) {
    mergeMap(context, doc.contents, result.spec as Record<string, unknown>, '', 1);
  } else {
    throw new Error('the spec to merge into is not a mapping at the top level');
  }
  const merged = doc.toString(YAML_OUTPUT_OPTIONS);
  return { text: keepFormatting(existing, baseline, merged), added: context.added, updated: context.updated, gone: context.gone };
}

function mergeMap(context: MergeContext, map: YAMLMap, value: Record<string, unknown>, label: string, depth: number): void {
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const childLabel = label === '' ? key : `${label}.${key}`;
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Node, Node | null> | undefined;
    const note = context.annotations.fieldNote(value, key);
    if (!pair) {
      const node = annotatedNode(context.doc, child, context.annotations, depth);
      const added = context.doc.createPair(key, null) as Pair<Node, Node | null>;
      added.value = node;
      if (!map.flow) {
        if (note && isScalar(node)) node.comment = commentLines([noteText(note)]);
        const notes = isPlainObject(child) ? context.annotations.entityNotes(child) : [];
        if (notes.length > 0) (added.key as Node).commentBefore = commentLines(notes.map(noteText));
      }
      map.items.push(added);
      context.added.push(childLabel);
      continue;
    }
    // An assumption never overwrites what the spec says: the user may have corrected it.
    if (note !== undefined) continue;
    mergeValue(context, pair, child, childLabel, depth);
  }
}

function mergeValue(context: MergeContext, pair: Pair<Node, Node | null>, value: unknown, label: string, depth: number): void {
  const existing = pair.value;
  if (isPlainObject(value) && isMap(existing)) {
    mergeMap(context, existing, value, label, depth + 1);
    return;
  }
  if (Array.isArray(value) && value.length > 0 && value.every((item) => identityOf(item) !== undefined) && isSeq(existing)) {
    mergeSeq(context, existing, value, label, depth + 1);
    return;
  }
  // Lists of records without ids (corosync links, vdevs) merge item by item when the count is unchanged,
  // so a hand-written field on one item survives.
  if (Array.isArray(value) && isSeq(existing) && existing.items.length === value.length && value.every(isPlainObject) && existing.items.every((item) => isMap(item))) {
    value.forEach((item, index) => mergeMap(context, existing.items[index] as YAMLMap, item as Record<string, unknown>, `${label}[${index}]`, depth + 2));
    return;
  }
  if (existing !== null && isDeepEqual(existing.toJSON(), value)) return;
  const node = annotatedNode(context.doc, value, context.annotations, depth);
  // A person's comment stays with the value; Kestra's own "assumed:"/"unknown:" marks no longer apply to imported data.
  if (existing && isScalar(existing) && isScalar(node) && existing.comment && !/^\s*(assumed|unknown):/.test(existing.comment)) node.comment = existing.comment;
  pair.value = node;
  context.updated.push(label);
}

function mergeSeq(context: MergeContext, seq: YAMLSeq, items: readonly unknown[], label: string, depth: number): void {
  const imported = new Set<string>();
  for (const item of items) {
    const identity = identityOf(item) as string;
    imported.add(identity);
    const itemLabel = `${label}[${identityLabel(item)}]`;
    const match = seq.items.find((node) => isMap(node) && identityOf(node.toJSON()) === identity);
    if (isMap(match) && isPlainObject(item)) {
      mergeMap(context, match, item, itemLabel, depth + 1);
      continue;
    }
    const node = annotatedNode(context.doc, item, context.annotations, depth);
    const notes = isPlainObject(item) ? context.annotations.entityNotes(item) : [];
    if (notes.length > 0 && !seq.flow) node.commentBefore = commentLines(notes.map(noteText));
    seq.items.push(node);
    context.added.push(itemLabel);
  }
  const marker = `imported: ${context.tool}`;
  seq.items.forEach((node, index) => {
    if (!isMap(node)) return;
    const value: unknown = node.toJSON();
    const identity = identityOf(value);
    if (identity === undefined || imported.has(identity)) return;
    // The parser hangs the comment above a list's first item on the list itself.
    const comment = `${node.commentBefore ?? ''}${index === 0 ? (seq.commentBefore ?? '') : ''}`;
    if (comment.includes(marker)) context.gone.push(`${label}[${identityLabel(value)}]`);
  });
}

/** Keys whose values name VLANs, in every section of the model. */
const VLAN_REFERENCES = new Set(['vlans', 'managementVlan', 'publicNetwork', 'clusterNetwork', 'vlan', 'migrationNetwork', 'zeroDowntime']);

/** Renames the import's VLANs (and references to them) to the ids the spec uses for the same tags. */
function adoptVlanIds(existing: unknown, spec: object): void {
  const existingVlans = (existing as { network?: { vlans?: unknown } } | null)?.network?.vlans;
  const importedVlans = (spec as { network?: { vlans?: unknown } }).network?.vlans;
  if (!Array.isArray(existingVlans) || !Array.isArray(importedVlans)) return;
  const idOfTag = new Map(existingVlans.flatMap((vlan) => (isPlainObject(vlan) && typeof vlan.vid === 'number' && typeof vlan.id === 'string' ? [[vlan.vid, vlan.id] as const] : [])));
  const renames = new Map<string, string>();
  for (const vlan of importedVlans) {
    if (!isPlainObject(vlan) || typeof vlan.id !== 'string') continue;
    const existingId = idOfTag.get(vlan.vid as number);
    if (existingId !== undefined && existingId !== vlan.id) {
      renames.set(vlan.id, existingId);
      vlan.id = existingId;
    }
  }
  if (renames.size === 0) return;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    if (!isPlainObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (VLAN_REFERENCES.has(key) && typeof child === 'string') value[key] = renames.get(child) ?? child;
      else if (VLAN_REFERENCES.has(key) && Array.isArray(child)) value[key] = child.map((item: unknown) => (typeof item === 'string' ? (renames.get(item) ?? item) : item));
      else visit(child);
    }
  };
  visit(spec);
}

/** What makes two list items the same entity: the id, or the two ends of a link, or the host and disk of an OSD. */
function identityOf(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  if (typeof value.id === 'string') return `id:${value.id}`;
  if (typeof value.a === 'string' && typeof value.b === 'string') return `link:${[value.a, value.b].sort().join('|')}`;
  if (typeof value.host === 'string' && typeof value.disk === 'string') return `osd:${value.host}/${value.disk}`;
  return undefined;
}

function identityLabel(value: unknown): string {
  return (identityOf(value) ?? '').replace(/^[a-z]+:/, '');
}

function isDeepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item, index) => isDeepEqual(item, right[index]));
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = Object.keys(right).filter((key) => right[key] !== undefined);
    return Object.keys(left).length === keys.length && keys.every((key) => isDeepEqual(left[key], right[key]));
  }
  return false;
}

/**
 * Re-applies the merge (baseline → merged, both printed by the same serializer) to the original
 * text, so unchanged lines keep the user's spacing and comment alignment. When the serializer
 * changed the line structure itself, the merged text is used as printed.
 */
export function keepFormatting(original: string, baseline: string, merged: string): string {
  const originalLines = splitLines(original);
  const baselineLines = splitLines(baseline);
  const mergedLines = splitLines(merged);
  if (originalLines.length !== baselineLines.length) return merged;
  const lines = diffLines(baselineLines, mergedLines).flatMap((edit) => {
    if (edit.kind === 'equal') return [originalLines[edit.before] as string];
    if (edit.kind === 'insert') return [mergedLines[edit.after] as string];
    return [];
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
