/** What differs between two models, entity kind by entity kind, matched by id. */
import { compareText } from '../intake/diagnostic.js';
import type { Model } from '../model/types.js';

export interface KindDiff {
  readonly kind: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Present in both, with a different description. */
  readonly changed: readonly string[];
}

type Entity = { readonly id?: string | undefined };

/** The entity lists compared, by the name the report gives them. */
function entityLists(model: Model): Record<string, readonly Entity[]> {
  return {
    hosts: model.hosts,
    'network devices': model.network.devices,
    VLANs: model.network.vlans,
    'WAN uplinks': model.network.wan,
    VPNs: model.network.vpns,
    'ZFS pools': model.storage.zfs,
    'RAID arrays': model.storage.raid,
    'Ceph clusters': model.storage.ceph,
    shares: model.storage.shares,
    'Proxmox clusters': model.clusters.proxmox,
    'Kubernetes clusters': model.clusters.kubernetes,
    workloads: model.workloads,
    'backup targets': model.backups.targets,
    'backup jobs': model.backups.jobs,
    'monitoring systems': model.monitoring.systems,
    'alert routes': model.monitoring.alerts,
    'power feeds': model.power.feeds,
    UPSes: model.power.ups,
    PDUs: model.power.pdus,
  };
}

/** Kinds with at least one difference, in a fixed order. */
export function diffModels(current: Model, target: Model): KindDiff[] {
  const before = entityLists(current);
  const after = entityLists(target);
  const result: KindDiff[] = [];
  for (const kind of Object.keys(before)) {
    const old = byId(before[kind] ?? []);
    const updated = byId(after[kind] ?? []);
    const added = [...updated.keys()].filter((id) => !old.has(id)).sort(compareText);
    const removed = [...old.keys()].filter((id) => !updated.has(id)).sort(compareText);
    const changed = [...updated.keys()].filter((id) => old.has(id) && describe(old.get(id)) !== describe(updated.get(id))).sort(compareText);
    if (added.length + removed.length + changed.length > 0) result.push({ kind, added, removed, changed });
  }
  return result;
}

function byId(entities: readonly Entity[]): Map<string, Entity> {
  return new Map(entities.filter((entity) => entity.id !== undefined).map((entity) => [entity.id as string, entity]));
}

/** An entity's content without where it was written, with keys sorted, for comparison. */
function describe(entity: unknown): string {
  return JSON.stringify(entity, (key, value: unknown) => {
    if (key === 'source') return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort((a, b) => compareText(a[0], b[0])));
    }
    return value;
  });
}
