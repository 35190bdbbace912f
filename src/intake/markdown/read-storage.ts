/** A storage section: pools ("tank: RAIDZ1 of the 4x 8TB on nas, 14.2TB used") and shares ("media (SMB) on nas"). */
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import { findMentions } from './mentions.js';
import { addDisks, diskHints } from './read-disks.js';
import { hostState } from './read-host-fields.js';
import { findSize, splitKeyValue } from './text-values.js';

/** Reads one storage line; pool and share hosts resolve once hosts are known. */
export function readStorageItem(draft: InventoryDraft, text: string, loc: Loc): boolean {
  const list = splitKeyValue(text);
  if (list && /^(shares?|exports?|pools?|datasets?)$/i.test(list.key)) {
    const parts = list.value.split(/\s*;\s*|,\s+(?=[A-Za-z][\w-]*\s*\()/);
    return parts.map((part) => readStorageItem(draft, part, loc)).some(Boolean);
  }
  const share = /\b(smb|cifs|nfs|iscsi|s3)\b/i.exec(text);
  const hints = diskHints(text);
  if (!share && !hints.zfs && !hints.raid && !/\bpool\b/i.test(text)) return false;
  draft.context(loc.line, share ? 'share' : 'storage pool');
  draft.later(() => {
    const host = findMentions(draft, text, ['host'])[0];
    if (!host) {
      draft.note(loc.line, 'the host it lives on is not named');
      return;
    }
    const used = /(\d+(?:[.,]\d+)?\s?(?:TB|GB|TiB|GiB))\s+(?:used|full|in\s+use)|used\s*:?\s*(\d+(?:[.,]\d+)?\s?(?:TB|GB|TiB|GiB))/i.exec(text);
    const usedSize = used ? findSize(used[1] ?? used[2] ?? '', 'disk') : undefined;
    if (share) {
      const pair = splitKeyValue(text);
      const name = (pair?.key ?? text.split(/[(\s]/)[0] ?? 'share').trim();
      const entry: Draft = {};
      draft.set(entry, 'id', draft.ids.allocate(name, 'share'), loc);
      draft.set(entry, 'host', host.id, loc);
      draft.set(entry, 'protocol', (share[1] ?? 'smb').toLowerCase().replace('cifs', 'smb'), loc);
      const pool = findMentions(draft, text, ['pool'])[0];
      if (pool) draft.set(entry, 'pool', pool.id, loc);
      if (usedSize) draft.set(entry, 'used', usedSize.value.text, loc);
      draft.list('storage', 'shares').push(entry);
      draft.place(entry, loc);
      return;
    }
    const before = draft.list('storage', 'zfs').length + draft.list('storage', 'raid').length;
    const pair = splitKeyValue(text);
    const named = hints.pool ?? (pair && /^[A-Za-z][\w-]{0,30}$/.test(pair.key) ? pair.key : undefined);
    if (!addDisks(draft, host.entity, hostState(host.entity).disks, text.replace(/\(.*?\)/g, ' '), loc, { ...hints, ...(named ? { pool: named } : {}), zfs: hints.zfs || !hints.raid })) {
      draft.note(loc.line, 'no disks with sizes: the pool was not added');
      return;
    }
    const created = [...draft.list('storage', 'zfs'), ...draft.list('storage', 'raid')].slice(before);
    for (const pool of created) if (usedSize) draft.set(pool, 'used', usedSize.value.text, loc);
  });
  return true;
}
