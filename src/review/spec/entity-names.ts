/**
 * The names a spec gives things, and how a plan mentions them: entity ids (hosts, pools, VLANs…),
 * the names nested inside them (disks, NICs, ports, pool names) and VLAN numbers.
 */
import { type EntityKind, type IndexedEntity, listEntities } from '../../model/entity-index.js';
import type { Model } from '../../model/types.js';

export interface SpecNames {
  /** Top-level entities by id. */
  readonly entities: ReadonlyMap<string, IndexedEntity>;
  /** Every name a plan may use for something in the spec, lower-cased (ids, disk and NIC ids, pool names, workload names). */
  readonly known: ReadonlySet<string>;
  readonly vlanIds: ReadonlySet<number>;
  readonly file: string;
}

/** Collects the names of `model`. */
export function specNames(model: Model): SpecNames {
  const entities = new Map<string, IndexedEntity>();
  for (const entity of listEntities(model)) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  const known = new Set<string>([...entities.keys()].map((id) => id.toLowerCase()));
  for (const host of model.hosts) {
    for (const disk of host.disks) known.add(disk.id.toLowerCase()).add(disk.group.toLowerCase());
    for (const nic of host.nics) known.add(nic.id.toLowerCase());
  }
  for (const device of model.network.devices) for (const port of device.ports ?? []) known.add(port.id.toLowerCase());
  for (const pool of model.storage.zfs) if (pool.name) known.add(pool.name.toLowerCase());
  return { entities, known, vlanIds: new Set(model.network.vlans.map((vlan) => vlan.vid)), file: model.files.length > 0 ? model.files.join(' + ') : 'the spec' };
}

/** Words a plan puts right before or after a name to say what kind of thing it is. */
export const kindWords: Readonly<Record<string, readonly EntityKind[]>> = {
  host: ['host'],
  node: ['host'],
  server: ['host'],
  hypervisor: ['host'],
  nas: ['host'],
  pool: ['zfs-pool', 'ceph-pool', 'raid-array'],
  zpool: ['zfs-pool'],
  vlan: ['vlan'],
  switch: ['network-device'],
  gateway: ['network-device'],
  router: ['network-device'],
  firewall: ['network-device'],
  ups: ['ups'],
  vm: ['workload'],
  ct: ['workload'],
  container: ['workload'],
  guest: ['workload'],
  workload: ['workload'],
  cluster: ['proxmox-cluster', 'kubernetes-cluster', 'ceph-cluster'],
};

/** A token that could be an id: a letter, then letters, digits, ".", "_" or "-"; no spaces or paths. */
export const idLikePattern = /^[A-Za-z][A-Za-z0-9_.-]{0,62}$/;

/** Matches `name` as a whole word: not inside a longer id (ids may hold "-" and "."). */
export function mentionPattern(name: string): RegExp {
  return wholeWordPattern(escapeRegExp(name));
}

/**
 * Finds every mention of any of `names` in a text with one scan, in the order mentionPattern would find
 * them name by name (names in the given order, each by position). Where one name is a prefix of another,
 * the shorter one is followed by an id character there, which the whole-word check refuses; the one
 * exception, ids "pve" and "pve." before "pve. ", gives the longer id, not both.
 */
export function mentionFinder(names: readonly string[]): (text: string) => { name: string; index: number }[] {
  if (names.length === 0) return () => [];
  const rank = new Map(names.map((name, index) => [name, index]));
  // Longest first: where two ids both fit ("pve." and "pve" before "pve. "), the longer one is found.
  const alternatives = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeRegExp);
  const pattern = wholeWordPattern(`(?:${alternatives.join('|')})`);
  return (text) =>
    [...text.matchAll(pattern)]
      .map((match) => ({ name: match[0], index: match.index ?? 0 }))
      .sort((a, b) => (rank.get(a.name) ?? 0) - (rank.get(b.name) ?? 0) || a.index - b.index);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWordPattern(source: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_.-])${source}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`, 'g');
}
