/** The storage definitions of GET /storage, read into plain facts (pve-docs "Storage" chapter, storage.cfg). */
import { compareText } from '../../diagnostic.js';
import { asBoolean, asString } from '../json-fields.js';
import type { PveSnapshot } from './pve-snapshot.js';

export interface PveStorage {
  readonly id: string;
  /** dir, lvm, lvmthin, zfspool, rbd, cephfs, nfs, cifs, pbs, iscsi, btrfs, … */
  readonly type: string;
  /** images, rootdir, backup, iso, vztmpl, snippets, import. */
  readonly content: readonly string[];
  readonly shared: boolean;
  /** Nodes the storage is limited to; undefined means all. */
  readonly nodes?: readonly string[];
  /** zfspool: "rpool/data"; rbd: the Ceph pool. */
  readonly pool?: string;
  /** nfs, cifs, pbs: the server address. */
  readonly server?: string;
  /** nfs: export path; cifs: share name; pbs: datastore. */
  readonly location?: string;
  /** dir: the path on each node. */
  readonly path?: string;
  /** rbd/cephfs: set when the Ceph cluster is external to Proxmox VE. */
  readonly external: boolean;
  /** Retention of vzdump backups on this storage, e.g. "keep-daily=7,keep-weekly=4". */
  readonly prune?: unknown;
  /** pbs: client-side encryption is configured. */
  readonly encrypted: boolean;
  readonly disabled: boolean;
}

/** Every storage definition, sorted by id. */
export function readStorages(snapshot: PveSnapshot): PveStorage[] {
  return snapshot.storage
    .flatMap((entry): PveStorage[] => {
      const id = asString(entry.storage);
      const type = asString(entry.type);
      if (id === undefined || type === undefined) return [];
      const nodes = asString(entry.nodes)?.split(/[,;\s]+/).filter(Boolean);
      const pool = asString(entry.pool) ?? (type === 'rbd' ? 'rbd' : undefined);
      const server = asString(entry.server);
      const location = asString(entry.export) ?? asString(entry.share) ?? asString(entry.datastore);
      const path = asString(entry.path);
      return [
        {
          id,
          type,
          content: (asString(entry.content) ?? '').split(/[,\s]+/).filter(Boolean).sort(compareText),
          // nfs, cifs, rbd, cephfs, pbs and iscsi are shared by nature; others only when marked.
          shared: asBoolean(entry.shared) === true || ['nfs', 'cifs', 'rbd', 'cephfs', 'pbs', 'iscsi', 'glusterfs'].includes(type),
          ...(nodes && nodes.length > 0 ? { nodes } : {}),
          ...(pool ? { pool } : {}),
          ...(server ? { server } : {}),
          ...(location ? { location } : {}),
          ...(path ? { path } : {}),
          external: asString(entry.monhost) !== undefined,
          ...(entry['prune-backups'] !== undefined ? { prune: entry['prune-backups'] } : entry.maxfiles !== undefined ? { prune: `keep-last=${String(entry.maxfiles)}` } : {}),
          encrypted: asString(entry['encryption-key']) !== undefined,
          disabled: asBoolean(entry.disable) === true,
        },
      ];
    })
    .sort((a, b) => compareText(a.id, b.id));
}

/** True when the storage exists on `node`. */
export function storageOnNode(storage: PveStorage, node: string): boolean {
  return storage.nodes === undefined || storage.nodes.includes(node);
}
