/** Where two plain data values (parsed YAML/JSON) first differ, for messages that say what disagrees. */
import { isDeepStrictEqual } from 'node:util';
import type { PathSegment } from './yaml-document.js';

/** The first place, in the key order of `left` then `right`, where the two values differ; undefined when equal. */
export interface Difference {
  readonly path: readonly PathSegment[];
  /** Absent when `left` has nothing at `path`. */
  readonly left?: unknown;
  /** Absent when `right` has nothing at `path`. */
  readonly right?: unknown;
}

/** The first difference between `left` and `right`, depth first. */
export function firstDifference(left: unknown, right: unknown, path: readonly PathSegment[] = []): Difference | undefined {
  if (isDeepStrictEqual(left, right)) return undefined;
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      if (index >= left.length) return { path: [...path, index], right: right[index] };
      if (index >= right.length) return { path: [...path, index], left: left[index] };
      const found = firstDifference(left[index], right[index], [...path, index]);
      if (found) return found;
    }
  }
  if (isRecord(left) && isRecord(right)) {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (!(key in right)) return { path: [...path, key], left: left[key] };
      if (!(key in left)) return { path: [...path, key], right: right[key] };
      const found = firstDifference(left[key], right[key], [...path, key]);
      if (found) return found;
    }
  }
  return { path, left, right };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
