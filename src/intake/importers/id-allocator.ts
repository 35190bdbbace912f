/**
 * Ids for imported entities. The model's ids are unique across the whole spec and follow
 * ID_PATTERN, while source names are free text ("Web Server 1", ".mgr") and may repeat across
 * kinds (a storage and a Ceph pool both named "vm-pool"). Ids are derived deterministically from
 * names, in a fixed order, so re-importing the same source gives the same ids.
 */
import { ID_PATTERN } from '../../model/schema/fields.js';

/** Longest id Kestra derives from a name; long enough for any hostname label. */
const MAX_SLUG = 63;

/** A valid id made from `text`: lower case, runs of other characters become "-"; `fallback` when nothing is left. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, MAX_SLUG)
    .replace(/[._-]+$/, '');
  return slug !== '' && ID_PATTERN.test(slug) ? slug : fallback;
}

/** Hands out unique ids in call order. */
export interface IdAllocator {
  /** `preferred` when free, else `preferred-suffix`, else `preferred-suffix-2`, `-3`… */
  take(preferred: string, suffix: string): string;
  /** True when the id is already taken. */
  has(id: string): boolean;
}

/** A fresh allocator; `reserved` ids are never handed out. */
export function createIdAllocator(reserved: Iterable<string> = []): IdAllocator {
  const taken = new Set(reserved);
  return {
    take(preferred, suffix) {
      const candidates = [preferred, `${preferred}-${suffix}`];
      let id = candidates.find((candidate) => !taken.has(candidate));
      for (let counter = 2; id === undefined; counter++) {
        const candidate = `${preferred}-${suffix}-${counter}`;
        if (!taken.has(candidate)) id = candidate;
      }
      taken.add(id);
      return id;
    },
    has: (id) => taken.has(id),
  };
}
