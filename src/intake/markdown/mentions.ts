/** Finds entities named in a line of text ("backed up to the NAS", "runs on pve2"), by id or name. */
import type { Draft, InventoryDraft } from './inventory-draft.js';

export type MentionKind = 'host' | 'device' | 'workload' | 'ups' | 'vlan' | 'share' | 'pool' | 'target';

const collections: Readonly<Record<MentionKind, readonly string[]>> = {
  host: ['hosts'],
  device: ['network', 'devices'],
  workload: ['workloads'],
  ups: ['power', 'ups'],
  vlan: ['network', 'vlans'],
  share: ['storage', 'shares'],
  pool: ['storage', 'zfs'],
  target: ['backups', 'targets'],
};

export interface Mention {
  readonly id: string;
  readonly kind: MentionKind;
  readonly index: number;
  readonly entity: Draft;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names an entity answers to: its id, its display name, and the name without a trailing "VM"/"LXC". */
function namesOf(entity: Draft): string[] {
  const names = new Set<string>();
  for (const value of [entity['id'], entity['name']]) {
    if (typeof value !== 'string' || value.length < 2) continue;
    names.add(value);
    names.add(value.replace(/\s+(vm|lxc|ct|container|os)$/i, ''));
    if (value.includes('-')) names.add(value.replace(/-/g, ' '));
  }
  return [...names].filter((name) => name.length >= 2);
}

/** Entities of `kinds` named in `text`, in the order they appear; each entity once. */
export function findMentions(draft: InventoryDraft, text: string, kinds: readonly MentionKind[]): Mention[] {
  if (text.length > 4000) return [];
  const found = new Map<string, Mention>();
  for (const kind of kinds) {
    for (const entity of draft.list(...(collections[kind] ?? []))) {
      const id = entity['id'];
      if (typeof id !== 'string' || found.has(id)) continue;
      let best: number | undefined;
      for (const name of namesOf(entity)) {
        const match = new RegExp(`(^|[^A-Za-z0-9])${escape(name)}($|[^A-Za-z0-9])`, 'i').exec(text);
        if (match && (best === undefined || match.index < best)) best = match.index;
      }
      if (best !== undefined) found.set(id, { id, kind, index: best, entity });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The one entity of `kinds` named in `text`, or the only one that exists when `fallbackToOnly`. */
export function findOne(draft: InventoryDraft, text: string, kinds: readonly MentionKind[], fallbackToOnly = false): Mention | undefined {
  const mentions = findMentions(draft, text, kinds);
  if (mentions[0]) return mentions[0];
  if (!fallbackToOnly) return undefined;
  const all = kinds.flatMap((kind) => draft.list(...(collections[kind] ?? [])).map((entity) => ({ kind, entity })));
  if (all.length !== 1 || !all[0]) return undefined;
  return { id: String(all[0].entity['id']), kind: all[0].kind, index: -1, entity: all[0].entity };
}
