/**
 * Reads what people write about a host's disks: "2x 4TB WD Red (ZFS mirror), 1TB NVMe",
 * "512GB NVMe (boot)", "4TB x2 IronWolf RAIDZ1 'tank'". Each part becomes a disk entry (count kept),
 * its kind and SMR flag come from words and the disk catalog, and layout hints become a ZFS pool
 * or a RAID array on the host.
 */
import { ambiguousWdRed, diskCatalog, findEntry } from '../hardware-catalog/index.js';
import { parseDiskGroup } from '../units/index.js';
import type { Draft, InventoryDraft, Loc } from './inventory-draft.js';
import type { IdAllocator } from './slug.js';
import { findSize, readCount, splitList, splitParenthesis } from './text-values.js';

type DiskKind = 'nvme' | 'ssd' | 'hdd';

const kindWords: readonly [DiskKind, RegExp][] = [
  ['nvme', /\b(nvme|m\.2|970\s*evo|980(\s*pro)?|990\s*(pro|evo)|sn\d{3}|wd\s*black|pcie)\b/i],
  ['ssd', /\b(ssd|sata\s*ssd|evo|mx500|870|860|bx500|crucial|kingston\s*a400|s3[57]00|dc\s*s\d+)\b/i],
  ['hdd', /\b(hdd|hard\s*(disk|drive)|rpm|red|ironwolf|exos|barracuda|ultrastar|hgst|toshiba|wd\d{2,}|st\d{3,}|n300|spinning|spinner)\b/i],
];

export interface DiskHints {
  readonly layout?: 'stripe' | 'mirror' | 'raidz1' | 'raidz2' | 'raidz3';
  readonly raid?: 'raid0' | 'raid1' | 'raid5' | 'raid6' | 'raid10' | 'shr' | 'shr2';
  readonly pool?: string;
  readonly zfs: boolean;
}

/** Layout and pool words in a disk description. */
export function diskHints(text: string): DiskHints {
  const raidz = /\braid-?z\s?([123])?\b/i.exec(text);
  const layout = raidz ? (`raidz${raidz[1] ?? '1'}` as DiskHints['layout']) : /\bmirror(ed|s)?\b/i.test(text) && /\bzfs\b|\bpool\b|\bmirror\b/i.test(text) && !/\braid\s?1\b/i.test(text) ? 'mirror' : /\bstripe(d)?\b/i.test(text) ? 'stripe' : undefined;
  const raidMatch = /\b(shr-?2|shr|raid\s?-?(10|0|1|5|6))\b/i.exec(text);
  const raid = raidMatch && !raidz ? (raidMatch[1]?.toLowerCase().startsWith('shr') ? (raidMatch[1].replace('-', '').toLowerCase() as 'shr' | 'shr2') : (`raid${raidMatch[2]}` as DiskHints['raid'])) : undefined;
  const pool = /(?:\bz?pool\s+|\bpool:\s*)["'`“]?([A-Za-z][\w-]*)/i.exec(text)?.[1] ?? /["'`“]([A-Za-z][\w-]{0,30})["'`”]/.exec(text)?.[1];
  const named = pool && !/^(zfs|mirror|raidz\d?|stripe|boot|data|pool)$/i.test(pool) ? pool : undefined;
  return { ...(layout ? { layout } : {}), ...(raid ? { raid } : {}), ...(named ? { pool: named } : {}), zfs: /\b(zfs|raid-?z|zpool)\b/i.test(text) || layout !== undefined };
}

/** One disk group read from text, before it is attached to a host. */
interface DiskPart {
  readonly count: number;
  readonly size: string;
  readonly bytes: number;
  readonly model?: string;
  readonly kind?: DiskKind;
  readonly boot: boolean;
  readonly hints: DiskHints;
  readonly whole: string;
}

/** Reads one part such as "2x 4TB WD Red (ZFS mirror)"; undefined when it names no size. */
export function readDiskPart(text: string): DiskPart | undefined {
  const { head, inner } = splitParenthesis(text);
  const cleaned = head.replace(/^(dual|twin)\s+/i, '2x ').replace(/^quad\s+/i, '4x ');
  let count = 1;
  let sizeText: string | undefined;
  let bytes = 0;
  let rest = cleaned;
  const group = parseDiskGroup(cleaned);
  if (group.ok) {
    count = group.value.count;
    bytes = group.value.bytes;
    const found = findSize(cleaned, 'disk');
    sizeText = found?.value.text;
    rest = group.value.rest;
  } else {
    const found = findSize(cleaned, 'disk');
    if (!found) return undefined;
    sizeText = found.value.text;
    bytes = found.value.bytes;
    rest = `${cleaned.slice(0, found.index)} ${cleaned.slice(found.index + found.token.length)}`;
    const counted = /(?:^|\s)(\d{1,3})\s?[x×]\s*$|^\s*(\d{1,3})\s?[x×](?=\s)|\s[x×]\s?(\d{1,3})\b/.exec(` ${rest} `);
    const countText = counted?.[1] ?? counted?.[2] ?? counted?.[3];
    if (countText) {
      count = readCount(countText) ?? 1;
      rest = rest.replace(counted?.[0] ?? '', ' ');
    }
  }
  if (sizeText === undefined || bytes <= 0) return undefined;
  const whole = `${head} ${inner}`;
  const kind = kindWords.find(([, pattern]) => pattern.test(whole))?.[0] ?? findEntry(diskCatalog, whole)?.facts.kind;
  const model = rest
    .replace(/\b(disks?|drives?|ssds?|hdds?|nvme|sata|each|m\.2)\b/gi, '')
    .replace(/^\W+|\W+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const boot = /\b(boot|os|system|root)\b/i.test(whole);
  return { count, size: sizeText, bytes, ...(model && !/^(nvme|sata)$/i.test(model) ? { model } : {}), ...(kind ? { kind } : {}), boot, hints: diskHints(whole), whole };
}

/** Splits a storage value into parts and adds each as a disk of `host`. Returns false when nothing was read. */
export function addDisks(draft: InventoryDraft, host: Draft, disksIds: IdAllocator, text: string, loc: Loc, inheritedHints?: DiskHints): boolean {
  let read = false;
  for (const partText of splitList(text)) {
    const part = readDiskPart(partText);
    if (!part) {
      draft.note(loc.line, `disk part not read: no size in ${JSON.stringify(partText.slice(0, 40))}`);
      continue;
    }
    read = true;
    addDisk(draft, host, disksIds, part, loc, inheritedHints);
  }
  return read;
}

function addDisk(draft: InventoryDraft, host: Draft, diskIds: IdAllocator, part: DiskPart, loc: Loc, inheritedHints?: DiskHints): void {
  const disks = (host['disks'] ??= []) as Draft[];
  const hostId = String(host['id']);
  let kind = part.kind;
  const disk: Draft = {};
  const assumedKind = kind === undefined;
  if (kind === undefined) kind = part.bytes >= 2e12 ? 'hdd' : 'ssd';
  const id = nextDiskId(diskIds, kind);
  draft.set(disk, 'id', id, loc);
  draft.set(disk, 'size', part.size, loc);
  draft.set(disk, 'kind', kind, loc);
  if (part.model) draft.set(disk, 'model', part.model, loc);
  if (part.count > 1) draft.set(disk, 'count', part.count, loc);
  if (part.boot) draft.set(disk, 'boot', true, loc);
  disks.push(disk);
  draft.place(disk, loc);
  if (assumedKind) {
    draft.assume('inventory/disk-kind', 'A disk whose kind was not written was taken for an HDD from 2 TB up and an SSD below.', disk, 'kind', loc);
    draft.ask({ id: `storage/${hostId}/${id}/kind`, subject: hostId, text: `${hostId}: is the ${part.size} disk an HDD, SATA SSD or NVMe? Assumed ${kind}.`, loc, object: disk });
  }
  const catalog = findEntry(diskCatalog, part.whole);
  if (catalog?.facts.smr) {
    draft.set(disk, 'smr', catalog.facts.smr.value, loc);
    draft.assume(`catalog/disk/${catalog.key}`, `${catalog.name}: ${catalog.facts.smr.value ? 'SMR (shingled)' : 'CMR'} recording, from the vendor (${catalog.facts.smr.source}).`, disk, 'smr', loc);
  } else if (kind === 'hdd' && ambiguousWdRed.test(part.whole)) {
    draft.ask({
      id: `storage/${hostId}/${id}/smr`,
      subject: hostId,
      text: `${hostId}: "${part.model ?? 'WD Red'}" without a model number may be SMR (WD20EFAX, WD30EFAX, WD40EFAX, WD60EFAX are shingled and resilver very slowly under ZFS) or CMR (EFRX, Red Plus). Which model is it?`,
      loc,
      object: disk,
    });
  }
  const hints = part.hints.layout || part.hints.raid || part.hints.zfs || part.hints.pool ? part.hints : inheritedHints;
  if (hints) addToPool(draft, host, disk, part.count, hints, loc);
}

function nextDiskId(ids: IdAllocator, kind: DiskKind): string {
  for (let index = 0; ; index++) {
    const candidate = `${kind}${index}`;
    if (!ids.has(candidate)) return ids.allocate(candidate, candidate);
  }
}

/** Adds a disk group to the pool or array its hints name, creating it on first use. */
function addToPool(draft: InventoryDraft, host: Draft, disk: Draft, count: number, hints: DiskHints, loc: Loc): void {
  const hostId = String(host['id']);
  const group = String(disk['id']);
  const members = count > 1 ? Array.from({ length: count }, (_, index) => `${group}-${index + 1}`) : [group];
  if (hints.raid && !hints.zfs) {
    const array: Draft = {};
    draft.set(array, 'id', draft.ids.allocate(hints.pool ?? `${hostId}-${hints.raid}`, `${hostId}-raid`), loc);
    draft.set(array, 'host', hostId, loc);
    draft.set(array, 'level', hints.raid, loc);
    draft.set(array, 'disks', [group], loc);
    draft.list('storage', 'raid').push(array);
    draft.place(array, loc);
    return;
  }
  if (!hints.zfs && !hints.layout) return;
  const pools = draft.list('storage', 'zfs');
  const existing = pools.find((pool) => pool['host'] === hostId && hints.pool !== undefined && pool['name'] === hints.pool);
  let layout = hints.layout ?? (count === 1 ? 'stripe' : undefined);
  if (layout === undefined) {
    layout = 'stripe';
    draft.ask({ id: `storage/${hostId}/${group}/layout`, subject: hostId, text: `${hostId}: ${count} disks are in ZFS but the layout (mirror, RAIDZ1/2) is not given; read as a stripe with no redundancy.`, loc, object: disk });
  }
  const vdevs = layout === 'mirror' && members.length > 2 && members.length % 2 === 0
    ? Array.from({ length: members.length / 2 }, (_, pair) => ({ layout, disks: members.slice(pair * 2, pair * 2 + 2) }))
    : layout === 'stripe' ? members.map((member) => ({ layout, disks: [member] })) : [{ layout, disks: count > 1 ? [group] : members }];
  if (existing) {
    (existing['vdevs'] as unknown[]).push(...vdevs);
    return;
  }
  const pool: Draft = {};
  draft.set(pool, 'id', draft.ids.allocate(hints.pool ?? `${hostId}-zfs`, `${hostId}-zfs`), loc);
  if (hints.pool) draft.set(pool, 'name', hints.pool, loc);
  draft.set(pool, 'host', hostId, loc);
  draft.set(pool, 'vdevs', vdevs, loc);
  pools.push(pool);
  draft.place(pool, loc);
}
