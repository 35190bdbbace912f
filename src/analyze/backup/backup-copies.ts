/**
 * Which backup copies exist of each workload. A workload is protected by the jobs whose sources name
 * it, a workload it runs inside (`runsOn`), its host, or its storage (a pool, or the pool behind a
 * cluster's shared storage). Each such job leaves a copy on its target; a sync job whose sources
 * include a target that holds a copy leaves a further copy downstream (offsite), and so on. A copy
 * on the same pool as the workload's own disks is not a separate copy (snapshots are not backups).
 */
import { compareText } from '../../intake/diagnostic.js';
import type { BackupJob, BackupTarget, Model, Workload } from '../../model/types.js';
import type { Placement } from '../placement.js';

export interface BackupCopy {
  readonly target: BackupTarget;
  /** The jobs that brought the data there, the direct backup first and each sync after it. */
  readonly chain: readonly BackupJob[];
  /** Encrypted at rest on the target: some job of the chain encrypts (PBS syncs keep client-side encryption). */
  readonly encrypted: boolean;
  /** The entity the direct job named: the workload itself, an enclosing workload, its host or its storage. */
  readonly coveredVia: string;
  /** The target lives on the workload's own pool, so it is not an independent copy. */
  readonly samePool: boolean;
}

/** What protects one workload: every job that backs it up directly, and the copies they and their syncs leave. */
export interface Protection {
  /** Jobs whose sources name the workload, an enclosing workload, its host or its storage; with whether their target is its own pool. */
  readonly direct: readonly { readonly job: BackupJob; readonly samePool: boolean }[];
  /** One copy per target, nearest first (shorter chains, then by target id). */
  readonly copies: readonly BackupCopy[];
}

/** The protection of one workload. Where two jobs reach the same target, the one with the smaller worst-case RPO makes the copy. */
export function protectionOf(workload: Workload, model: Model, placement: Placement): Protection {
  const chain = placement.workloadChain(workload.id);
  const names = new Map<string, string>();
  const pools = new Set<string>();
  for (const member of chain) {
    names.set(member.id, member.id);
    if (member.host !== undefined && !names.has(member.host)) names.set(member.host, member.id);
    for (const pool of storageIds(member, model)) {
      pools.add(pool);
      if (!names.has(pool)) names.set(pool, member.id);
    }
  }
  const best = new Map<string, BackupCopy>();
  const queue: BackupCopy[] = [];
  const byRpo = (job: BackupJob) => (job.duration === undefined ? Number.POSITIVE_INFINITY : job.schedule.longestGapSeconds + job.duration);
  for (const job of [...model.backups.jobs].sort((a, b) => byRpo(a) - byRpo(b) || compareText(a.id, b.id))) {
    const matched = job.sources.find((source) => !placement.isBackupTarget(source) && names.has(source));
    const target = placement.targets.get(job.target);
    if (matched === undefined || target === undefined) continue;
    queue.push({ target, chain: [job], encrypted: job.encrypted, coveredVia: matched, samePool: target.pool !== undefined && pools.has(target.pool) });
  }
  for (let index = 0; index < queue.length; index += 1) {
    const copy = queue[index] as BackupCopy;
    if (best.has(copy.target.id)) continue;
    best.set(copy.target.id, copy);
    for (const sync of model.backups.jobs.filter((job) => job.sources.includes(copy.target.id)).sort((a, b) => compareText(a.id, b.id))) {
      const target = placement.targets.get(sync.target);
      if (target === undefined || best.has(target.id) || copy.chain.some((job) => job.id === sync.id)) continue;
      queue.push({ ...copy, target, chain: [...copy.chain, sync], encrypted: copy.encrypted || sync.encrypted, samePool: target.pool !== undefined && pools.has(target.pool) });
    }
  }
  return {
    direct: queue.filter((copy) => copy.chain.length === 1).map((copy) => ({ job: copy.chain[0] as BackupJob, samePool: copy.samePool })),
    copies: [...best.values()].sort((a, b) => a.chain.length - b.chain.length || compareText(a.target.id, b.target.id)),
  };
}

/** The pool ids behind a workload's storage: the pool itself, or the source of a cluster's shared storage. */
function storageIds(workload: Workload, model: Model): string[] {
  if (workload.storage === undefined) return [];
  const shared = model.clusters.proxmox.flatMap((cluster) => cluster.sharedStorage).find((storage) => storage.id === workload.storage);
  return shared === undefined ? [workload.storage] : [workload.storage, shared.source];
}

/** The medium a target keeps its copies on; disk unless it says otherwise or is cloud or tape. */
export function targetMedium(target: BackupTarget): string {
  if (target.media !== undefined) return target.media;
  if (target.kind === 'cloud') return 'cloud';
  if (target.kind === 'tape') return 'tape';
  return 'disk';
}
