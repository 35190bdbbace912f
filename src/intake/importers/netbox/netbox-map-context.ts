/** State shared by the NetBox mapping steps. */
import type { Annotations } from '../../spec-writer/annotations.js';
import type { IdAllocator } from '../id-allocator.js';
import type { NetboxSnapshot } from './netbox-snapshot.js';

export interface NetboxMapContext {
  readonly snapshot: NetboxSnapshot;
  readonly ids: IdAllocator;
  readonly notes: Annotations;
  /** Adds an open question once. */
  ask(question: string): void;
  /** Records something read but not mapped. */
  skip(what: string): void;
}

/** Orders names the way people count ports: "port2" before "port10". */
export function naturalCompare(a: string, b: string): number {
  const pad = (text: string) => text.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(12, '0'));
  const left = pad(a);
  const right = pad(b);
  return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
