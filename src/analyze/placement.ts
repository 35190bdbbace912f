/**
 * Where things run: the host an entity lives on. Workloads resolve through `runsOn` to the VM or
 * container that carries them; pools, arrays and shares to their host; backup targets to their host,
 * pool or share; monitoring systems to what runs them. Distributed storage (Ceph pools, shared
 * storage) has no single host.
 */
import type { BackupTarget, Model, Workload } from '../model/types.js';

/** Index of the model's entities that have a place, by id. */
export interface Placement {
  /** The host id the entity runs on, if it has exactly one. */
  hostOf(id: string): string | undefined;
  /** The chain from a workload up through `runsOn` (itself first). */
  workloadChain(id: string): readonly Workload[];
  /** True when the id names a backup target. */
  isBackupTarget(id: string): boolean;
  readonly workloads: ReadonlyMap<string, Workload>;
  readonly targets: ReadonlyMap<string, BackupTarget>;
}

/** Builds the placement index of a model. */
export function placementOf(model: Model): Placement {
  const workloads = new Map(model.workloads.map((workload) => [workload.id, workload]));
  const targets = new Map(model.backups.targets.map((target) => [target.id, target]));
  const direct = new Map<string, string>();
  for (const host of model.hosts) direct.set(host.id, host.id);
  for (const device of model.network.devices) direct.set(device.id, device.id);
  for (const pool of model.storage.zfs) direct.set(pool.id, pool.host);
  for (const array of model.storage.raid) direct.set(array.id, array.host);
  for (const share of model.storage.shares) direct.set(share.id, share.host);

  const workloadChain = (id: string): Workload[] => {
    const chain: Workload[] = [];
    const seen = new Set<string>();
    for (let current = workloads.get(id); current !== undefined && !seen.has(current.id); current = current.runsOn === undefined ? undefined : workloads.get(current.runsOn)) {
      seen.add(current.id);
      chain.push(current);
    }
    return chain;
  };

  const hostOf = (id: string, depth = 0): string | undefined => {
    if (depth > 32) return undefined;
    const known = direct.get(id);
    if (known !== undefined) return known;
    if (workloads.has(id)) {
      const placed = workloadChain(id).find((workload) => workload.host !== undefined);
      return placed?.host;
    }
    const target = targets.get(id);
    if (target !== undefined) {
      if (target.host !== undefined) return target.host;
      const via = target.share ?? target.pool;
      return via === undefined ? undefined : hostOf(via, depth + 1);
    }
    const system = model.monitoring.systems.find((candidate) => candidate.id === id);
    if (system !== undefined) return hostOf(system.runsOn, depth + 1);
    return undefined;
  };

  return { hostOf: (id) => hostOf(id), workloadChain, isBackupTarget: (id) => targets.has(id), workloads, targets };
}
