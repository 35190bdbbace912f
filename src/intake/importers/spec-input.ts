/** The input-format types of the spec's entities, for mappers that build specs (quantities as human text). */
import type { SpecInput } from '../../model/schema/spec.js';

type Storage = NonNullable<SpecInput['storage']>;
type Clusters = NonNullable<SpecInput['clusters']>;
type Backups = NonNullable<SpecInput['backups']>;
type Network = NonNullable<SpecInput['network']>;
type Power = NonNullable<SpecInput['power']>;

export type HostInput = NonNullable<SpecInput['hosts']>[number];
export type DiskInput = NonNullable<HostInput['disks']>[number];
export type NicInput = NonNullable<HostInput['nics']>[number];
export type DrawInput = NonNullable<HostInput['power']>;
export type WorkloadInput = NonNullable<SpecInput['workloads']>[number];
export type ZfsPoolInput = NonNullable<Storage['zfs']>[number];
export type CephInput = NonNullable<Storage['ceph']>[number];
export type ShareInput = NonNullable<Storage['shares']>[number];
export type ProxmoxClusterInput = NonNullable<Clusters['proxmox']>[number];
export type SharedStorageInput = NonNullable<ProxmoxClusterInput['sharedStorage']>[number];
export type BackupTargetInput = NonNullable<Backups['targets']>[number];
export type BackupJobInput = NonNullable<Backups['jobs']>[number];
export type VlanInput = NonNullable<Network['vlans']>[number];
export type NetworkDeviceInput = NonNullable<Network['devices']>[number];
export type PortInput = NonNullable<NetworkDeviceInput['ports']>[number];
export type LinkInput = NonNullable<Network['links']>[number];
export type PowerFeedInput = NonNullable<Power['feeds']>[number];
export type UpsInput = NonNullable<Power['ups']>[number];
export type PduInput = NonNullable<Power['pdus']>[number];

/** Drops empty lists and then empty sections, so an imported spec shows only what was found. */
export function pruneEmpty<T extends object>(spec: T): T {
  const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  const sections = new Set(['storage', 'backups', 'network', 'clusters', 'power']);
  const prune = (value: Record<string, unknown>, deep: boolean): Record<string, unknown> => {
    const kept = Object.entries(value)
      .filter(([, child]) => !(Array.isArray(child) && child.length === 0))
      .map(([key, child]) => [key, deep && isRecord(child) && sections.has(key) ? prune(child, false) : child] as const)
      .filter(([key, child]) => !(sections.has(key) && isRecord(child) && Object.keys(child).length === 0));
    return Object.fromEntries(kept);
  };
  return prune(spec as Record<string, unknown>, true) as T;
}
