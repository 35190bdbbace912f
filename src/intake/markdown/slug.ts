/** Ids derived from names: deterministic slugs, made unique by a numeric suffix. */

const MAX_ID_LENGTH = 63;

/** "Home Assistant OS" → "home-assistant-os"; "pve1" → "pve1"; "" when nothing usable is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[-._]{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/[-._]+$/g, '');
}

/** Hands out unique ids within one namespace (the spec's global ids, or one host's disks). */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** A unique id for `name`, or for `fallback` when the name has no usable characters. */
  allocate(name: string, fallback: string): string {
    const base = slugify(name) || slugify(fallback) || 'item';
    let candidate = base;
    for (let suffix = 2; this.taken.has(candidate); suffix++) candidate = `${base}-${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }

  /** True when `id` is already taken. */
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
