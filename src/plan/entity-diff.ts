/**
 * Field-level difference of two versions of one entity: the dotted paths whose values differ, and
 * for keyed lists (cluster nodes, disks, shared storages…) the items added, removed or changed.
 * Where an entity came from (`source`) and observations that are not changes (used space, growth,
 * notes) are ignored.
 */
import type { CollectionKey, Entity } from '../model/collections.js';
import { KEYED_PATHS, getPath, itemKeyOf } from './apply-patch.js';
import type { FieldChange } from './plan-types.js';

/** Fields that describe the present rather than a decision; a target that differs in them needs no step. */
export const OBSERVED_FIELDS: ReadonlySet<string> = new Set(['source', 'used', 'growthPerMonth', 'powerOnHours', 'lastRestoreTest', 'notes']);

export interface ItemChange {
  readonly path: string;
  readonly op: 'add' | 'remove' | 'set';
  readonly itemKey: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface EntityDiff {
  readonly fields: readonly FieldChange[];
  readonly items: readonly ItemChange[];
}

/** Deep equality that ignores `source` wherever it appears. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)].filter((key) => key !== 'source' && !(left[key] === undefined && right[key] === undefined)));
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The differences between `before` and `after`, two versions of an entity of `collection`. */
export function diffEntity(collection: CollectionKey, before: Entity, after: Entity): EntityDiff {
  const keyed = new Set(KEYED_PATHS[collection] ?? []);
  const fields: FieldChange[] = [];
  const items: ItemChange[] = [];
  const walk = (left: unknown, right: unknown, prefix: string) => {
    const keys = [...new Set([...Object.keys((left ?? {}) as object), ...Object.keys((right ?? {}) as object)])].sort();
    for (const key of keys) {
      if (prefix === '' && OBSERVED_FIELDS.has(key)) continue;
      if (key === 'source') continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const a = (left as Record<string, unknown> | undefined)?.[key];
      const b = (right as Record<string, unknown> | undefined)?.[key];
      if (sameValue(a, b)) continue;
      if (keyed.has(path) && (Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined)) items.push(...diffItems(path, (a ?? []) as unknown[], (b ?? []) as unknown[]));
      else if (isPlainObject(a) && isPlainObject(b)) walk(a, b, path);
      else if ([...keyed].some((keyedPath) => keyedPath.startsWith(`${path}.`)) && (isPlainObject(a) || isPlainObject(b))) walk(a ?? {}, b ?? {}, path);
      else fields.push({ path, before: a, after: b });
    }
  };
  walk(before, after, '');
  return { fields, items };
}

function diffItems(path: string, before: readonly unknown[], after: readonly unknown[]): ItemChange[] {
  const left = new Map(before.map((item, index) => [itemKeyOf(path, item, index), item]));
  const right = new Map(after.map((item, index) => [itemKeyOf(path, item, index), item]));
  const changes: ItemChange[] = [];
  for (const [itemKey, item] of left) {
    const next = right.get(itemKey);
    if (!right.has(itemKey)) changes.push({ path, op: 'remove', itemKey, before: item });
    else if (!sameValue(item, next)) changes.push({ path, op: 'set', itemKey, before: item, after: next });
  }
  for (const [itemKey, item] of right) if (!left.has(itemKey)) changes.push({ path, op: 'add', itemKey, after: item });
  return changes;
}

/** The value at `path` of `entity`; re-exported for classifiers. */
export { getPath };
