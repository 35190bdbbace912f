/**
 * Which ids a value refers to: every string in it (outside free-text fields) that is the id of an
 * entity, and the device or host of a "device:port" endpoint. Used to order changes: what a change
 * starts to refer to must exist first, and what it stops referring to may only be removed after it.
 */
import type { Patch } from './plan-types.js';
import { getPath, itemKeyOf } from './apply-patch.js';
import { findEntity } from '../model/collections.js';
import type { Model } from '../model/types.js';

/** Keys whose values are prose or labels, never references. */
const TEXT_KEYS = new Set(['name', 'notes', 'purpose', 'model', 'description', 'provider', 'os', 'platform', 'vendor', 'source', 'circuit', 'service', 'question']);

/** Ids in `known` that `value` refers to (its own `id` field excluded at the top level). */
export function referencedIds(value: unknown, known: ReadonlySet<string>, skipOwnId = true): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown, top: boolean) => {
    if (typeof node === 'string') {
      if (known.has(node)) found.add(node);
      const colon = node.indexOf(':');
      if (colon > 0 && known.has(node.slice(0, colon))) found.add(node.slice(0, colon));
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, false);
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (TEXT_KEYS.has(key) || (top && skipOwnId && key === 'id')) continue;
        visit(child, false);
      }
    }
  };
  visit(value, true);
  return found;
}

/** The values a patch introduces into the model (what the state after it refers to). */
export function introducedValues(patch: Patch): unknown[] {
  switch (patch.op) {
    case 'add':
      return [patch.entity];
    case 'set':
    case 'set-model':
      return [patch.value];
    case 'add-item':
    case 'set-item':
      return [patch.item];
    default:
      return [];
  }
}

/** The values a patch takes out of `model` (what the state before it referred to). */
export function withdrawnValues(patch: Patch, model: Model): unknown[] {
  switch (patch.op) {
    case 'remove':
      return [findEntity(model, patch.collection, patch.key)];
    case 'set': {
      const entity = findEntity(model, patch.collection, patch.key);
      return [getPath(entity, patch.path)];
    }
    case 'remove-item':
    case 'set-item': {
      const list = getPath(findEntity(model, patch.collection, patch.key), patch.path);
      return Array.isArray(list) ? list.filter((item, index) => itemKeyOf(patch.path, item, index) === patch.itemKey) : [];
    }
    default:
      return [];
  }
}
