/**
 * Where Proxmox VE data comes from: the live API or a directory of `pvesh` dumps. Both answer the
 * same API paths with the same JSON, so the collector and the mapping never know which it was.
 */

/** The answer for one API path: its data, or why it is not there (the collector decides whether that matters). */
export type PveReply =
  | { readonly found: true; readonly data: unknown }
  | { readonly found: false; readonly status: number; readonly reason: string; readonly hint: string };

export interface PveSource {
  /** Where the data came from, for messages: "https://pve1:8006" or "pvesh dump in ./pve-dump". */
  readonly description: string;
  /** Reads one API path such as "/nodes/pve1/status". Throws a SourceError for failures that stop the import (auth, TLS, network). */
  get(path: string): Promise<PveReply>;
}

/** The file a `pvesh get <path> --output-format json` dump of `path` is saved as: "/nodes/pve1/status" → "nodes_pve1_status.json". */
export function dumpFileName(path: string): string {
  return `${path.replace(/^\/+/, '').replace(/\//g, '_')}.json`;
}

/** The privilege Proxmox VE checks for a path, for a 403 message (pve-manager PVE/API2/*.pm permission checks). */
export function privilegeFor(path: string): string {
  const rules: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
    [/^\/nodes\/[^/]+\/(?:qemu|lxc)\/(\d+)\//, (match) => `VM.Audit on /vms/${match[1] ?? ''}`],
    [/^\/nodes\/([^/]+)\/(?:status|network)$/, (match) => `Sys.Audit on /nodes/${match[1] ?? ''}`],
    [/^\/nodes\/[^/]+\/disks\/zfs/, () => 'Sys.Audit on /'],
    [/^\/nodes\/[^/]+\/(?:disks|ceph)\//, () => 'Sys.Audit or Datastore.Audit on /'],
    [/^\/storage/, () => 'Datastore.Audit on /storage'],
    [/^\/cluster\/ceph\//, () => 'Sys.Audit or Datastore.Audit on /'],
    [/^\/cluster\//, () => 'Sys.Audit on /'],
  ];
  for (const [pattern, describe] of rules) {
    const match = path.match(pattern);
    if (match) return describe(match);
  }
  return 'Sys.Audit on /';
}
