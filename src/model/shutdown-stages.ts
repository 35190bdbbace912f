/**
 * The order in which a site on battery shuts down: guests first (dependents before what they
 * depend on), then hosts that use another host's storage, then the remaining hosts, then the hosts
 * that serve storage, last. With Ceph, `ceph osd set noout` comes before the first node goes down so
 * the cluster does not start rebalancing (https://docs.ceph.com/en/latest/rados/operations/health-checks/#osdmap-flags).
 * The NUT primary is the last storage host: upsmon's primary waits for its secondaries to disconnect
 * (HOSTSYNC) before it shuts itself down (https://networkupstools.org/docs/man/upsmon.conf.html).
 */
import { compareText } from '../intake/diagnostic.js';
import type { Model, Workload } from './types.js';

export interface ShutdownStage {
  readonly stage: 'guests' | 'storage clients' | 'hosts' | 'storage';
  /** Workload ids (guests) or host ids, in shutdown order. */
  readonly members: readonly string[];
}

/**
 * Seconds each stage takes when the spec does not say how long the shutdown needs: Proxmox VE waits
 * up to 180 s for a guest to shut down before it stops it
 * (https://pve.proxmox.com/pve-docs/chapter-qm.html#qm_startup_and_shutdown); the rest are planning
 * figures, replaced by `ups.shutdown.needed` once measured.
 */
export const DEFAULT_STAGE_SECONDS: Readonly<Record<ShutdownStage['stage'], number>> = { guests: 180, 'storage clients': 60, hosts: 60, storage: 120 };

/** Hosts that serve storage to other hosts: share, pool-backed backup target and Ceph hosts. */
export function storageHosts(model: Model): string[] {
  const hosts = new Set<string>([...model.storage.shares.map((share) => share.host), ...model.backups.targets.flatMap((target) => (target.host !== undefined ? [target.host] : []))]);
  for (const host of model.hosts) if (host.role === 'nas' || host.role === 'backup-server') hosts.add(host.id);
  return [...hosts].filter((id) => model.hosts.some((host) => host.id === id)).sort(compareText);
}

/** VMs and containers of `hosts`, dependents before what they depend on (ties by id). */
function guestsInOrder(model: Model, hosts: ReadonlySet<string>): string[] {
  const guests = model.workloads.filter((workload) => (workload.kind === 'vm' || workload.kind === 'ct') && workload.host !== undefined && hosts.has(workload.host));
  const ids = new Set(guests.map((guest) => guest.id));
  const byId = new Map(model.workloads.map((workload) => [workload.id, workload] as const));
  // A guest's dependencies include those of the services running inside it.
  const needs = (guest: Workload): string[] => {
    const inside = model.workloads.filter((workload) => workload.runsOn === guest.id);
    return [...guest.dependsOn, ...inside.flatMap((workload) => workload.dependsOn)].map((id) => byId.get(id)).flatMap((workload) => (workload === undefined ? [] : [workload.runsOn ?? workload.id])).filter((id) => ids.has(id) && id !== guest.id);
  };
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: ReadonlySet<string> = new Set()): number => {
    if (depth.has(id)) return depth.get(id) as number;
    if (seen.has(id)) return 0;
    const guest = byId.get(id) as Workload;
    const value = Math.max(0, ...needs(guest).map((need) => depthOf(need, new Set([...seen, id])) + 1));
    depth.set(id, value);
    return value;
  };
  // Deepest dependents stop first; what everything depends on (DNS, directory) stops last.
  return guests.map((guest) => guest.id).sort((a, b) => depthOf(b) - depthOf(a) || compareText(a, b));
}

/** The host that holds storage `id` (a pool, array, share or backup target), if one does. */
export function storageHost(model: Model, id: string): string | undefined {
  const target = model.backups.targets.find((candidate) => candidate.id === id);
  if (target !== undefined) return target.host ?? (target.share !== undefined ? storageHost(model, target.share) : target.pool !== undefined ? storageHost(model, target.pool) : undefined);
  return model.storage.zfs.find((pool) => pool.id === id)?.host ?? model.storage.raid.find((array) => array.id === id)?.host ?? model.storage.shares.find((share) => share.id === id)?.host;
}

/** True when guests of `host` keep their disks, or send their backups, on another host. */
function usesRemoteStorage(model: Model, host: string): boolean {
  const guests = model.workloads.filter((workload) => workload.host === host);
  const remote = (id: string | undefined) => id !== undefined && storageHost(model, id) !== undefined && storageHost(model, id) !== host;
  return guests.some((guest) => remote(guest.storage)) || model.backups.jobs.some((job) => job.sources.some((source) => guests.some((guest) => guest.id === source) || source === host) && remote(job.target));
}

/** The stages for the hosts in `onBattery` (host ids); empty stages are left out. */
export function shutdownStages(model: Model, onBattery: readonly string[]): ShutdownStage[] {
  const hosts = new Set(onBattery.filter((id) => model.hosts.some((host) => host.id === id)));
  const storage = storageHosts(model).filter((id) => hosts.has(id));
  const serving = new Set(storage);
  const clients = [...hosts].filter((id) => !serving.has(id) && usesRemoteStorage(model, id)).sort(compareText);
  const rest = [...hosts].filter((id) => !serving.has(id) && !clients.includes(id)).sort(compareText);
  const stages: ShutdownStage[] = [
    { stage: 'guests', members: guestsInOrder(model, new Set([...clients, ...rest].filter((id) => model.hosts.find((host) => host.id === id)?.role === 'hypervisor'))) },
    { stage: 'storage clients', members: clients },
    { stage: 'hosts', members: rest },
    { stage: 'storage', members: storage },
  ];
  return stages.filter((entry) => entry.members.length > 0);
}

/** The host that should run the NUT primary: the last storage host on battery, else the first host to go down last. */
export function nutPrimary(stages: readonly ShutdownStage[]): string | undefined {
  const last = [...stages].reverse().find((entry) => entry.stage !== 'guests');
  return last?.members[last.members.length - 1];
}
