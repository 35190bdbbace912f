/**
 * What each address of a node is for, as far as Proxmox VE tells: the node's cluster address
 * (management), its corosync link addresses, and its Ceph monitor address (storage network).
 */
import { asRecord, asRecords, asString } from '../json-fields.js';
import type { PveSnapshot } from './pve-snapshot.js';

export type AddressRole = 'management' | 'corosync' | 'storage';

export interface NodeAddresses {
  readonly management?: string;
  readonly corosync: readonly string[];
  readonly ceph: readonly string[];
}

/** The IP without prefix length or port: "10.0.0.1/24" → "10.0.0.1", "10.0.0.1:6789/0" → "10.0.0.1". */
export function bareIp(text: string): string {
  const withoutPrefix = text.split('/')[0] ?? text;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(withoutPrefix);
  if (v4) return v4[1] as string;
  return withoutPrefix.replace(/^\[|\](:\d+)?$/g, '');
}

/** The known addresses of `node`. */
export function nodeAddresses(snapshot: PveSnapshot, node: string): NodeAddresses {
  const status = snapshot.clusterStatus.find((entry) => entry.type === 'node' && entry.name === node);
  const management = asString(status?.ip);
  const corosyncEntry = snapshot.corosyncNodes.find((entry) => (entry.node ?? entry.name) === node);
  const corosync = Object.entries(corosyncEntry ?? {})
    .filter(([key]) => /^(ring|link)\d+_addr$/.test(key))
    .flatMap(([, value]) => (asString(value) ? [bareIp(String(value))] : []));
  const mons = asRecords(asRecord(snapshot.ceph?.status.monmap)?.mons);
  const ceph = mons
    .filter((mon) => mon.name === node)
    .flatMap((mon) => (asString(mon.public_addr) ?? asString(mon.addr) ? [bareIp(String(mon.public_addr ?? mon.addr))] : []));
  return { ...(management ? { management: bareIp(management) } : {}), corosync, ceph };
}

/** The role of an address on a node, or undefined when it has none Proxmox knows of. */
export function roleOfAddress(cidr: string, addresses: NodeAddresses): AddressRole | undefined {
  const ip = bareIp(cidr);
  if (ip === addresses.management) return 'management';
  if (addresses.corosync.includes(ip)) return 'corosync';
  if (addresses.ceph.includes(ip)) return 'storage';
  return undefined;
}
