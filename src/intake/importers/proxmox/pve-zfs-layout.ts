/**
 * The vdev layout of a ZFS pool from GET /nodes/{node}/disks/zfs/{name}, which is `zpool status -P`
 * as a tree: the pool's own entry holds the data vdevs (mirror-0, raidz2-0, or bare disks), and
 * sibling sections hold logs, cache, special and spares.
 */
import { asRecords, asString } from '../json-fields.js';
import type { ZfsPoolInput } from './pve-map-context.js';

type Vdev = ZfsPoolInput['vdevs'][number];
export type ZfsLayout =
  | { readonly ok: true; readonly vdevs: Vdev[]; readonly special: Vdev[]; readonly log: Vdev[]; readonly cache: string[] }
  | { readonly ok: false; readonly reason: string };

const GROUP = /^(mirror|raidz1|raidz2|raidz3|raidz)-\d+$/;

/** Reads the layout; `diskId` maps a device path to the host's disk id. */
export function zfsLayout(detail: Record<string, unknown> | undefined, pool: string, diskId: (device: string) => string | undefined): ZfsLayout {
  if (!detail) return { ok: false, reason: 'its vdev layout could not be read' };
  const sections = asRecords(detail.children);
  const root = sections.find((section) => section.name === pool) ?? sections[0];
  if (!root) return { ok: false, reason: 'the pool has no vdevs in the API answer' };
  const problems: string[] = [];
  const vdevsOf = (section: Record<string, unknown> | undefined): Vdev[] =>
    asRecords(section?.children).flatMap((child): Vdev[] => {
      const name = asString(child.name) ?? '';
      const group = GROUP.exec(name);
      if (group) {
        const layout = group[1] === 'raidz' ? 'raidz1' : (group[1] as Vdev['layout']);
        const disks = asRecords(child.children).map((leaf) => resolve(asString(leaf.name) ?? ''));
        return disks.length > 0 ? [{ layout, disks }] : [];
      }
      if (/^(draid|spare|replacing)/.test(name)) {
        problems.push(`vdev ${name} is not a layout Kestra models`);
        return [];
      }
      return [{ layout: 'stripe', disks: [resolve(name)] }];
    });
  const resolve = (device: string): string => {
    const id = diskId(device);
    if (id === undefined) problems.push(`device ${device.split('/').pop() ?? device} is not in the node's disk list`);
    return id ?? '';
  };
  const section = (name: string) => sections.find((candidate) => candidate.name === name);
  const vdevs = vdevsOf(root);
  const special = vdevsOf(section('special'));
  const log = vdevsOf(section('logs'));
  const cache = asRecords(section('cache')?.children).map((leaf) => resolve(asString(leaf.name) ?? ''));
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  if (vdevs.length === 0) return { ok: false, reason: 'the pool has no data vdevs in the API answer' };
  return { ok: true, vdevs, special, log, cache };
}
