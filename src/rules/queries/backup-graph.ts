/**
 * Which backup jobs protect what, and where their copies end up. A job's sources may be workloads,
 * hosts, pools, shares or another backup target (a sync job), so copies are followed downstream.
 */
import type { BackupJob, BackupTarget, Model, Workload } from '../../model/types.js';

/** How much a workload matters, 0 = critical … 3 = low. */
export const criticalityRank = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** True when the workload's criticality is `threshold` or more. */
export function atLeast(workload: Workload, threshold: keyof typeof criticalityRank): boolean {
  return criticalityRank[workload.criticality] <= criticalityRank[threshold];
}

/** The workload and the workloads it runs inside (a container in a Docker VM is inside the VM). */
export function enclosingWorkloads(model: Model, workload: Workload): Workload[] {
  const chain: Workload[] = [];
  let current: Workload | undefined = workload;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.runsOn ? model.workloads.find((candidate) => candidate.id === current?.runsOn) : undefined;
  }
  return chain;
}

/** The host a workload ultimately runs on, following `runsOn`. */
export function hostOf(model: Model, workload: Workload): string | undefined {
  return enclosingWorkloads(model, workload).find((item) => item.host)?.host;
}

/** Jobs that copy the workload's data: naming it, a workload it runs inside, its host, its storage, or (for a service without storage) a share or pool on its host. */
export function jobsProtecting(model: Model, workload: Workload): BackupJob[] {
  const chain = enclosingWorkloads(model, workload);
  const names = new Set<string>(chain.map((item) => item.id));
  for (const item of chain) {
    if (item.host) names.add(item.host);
    if (item.storage) names.add(item.storage);
  }
  if (workload.kind === 'service' && !workload.storage && workload.host) {
    for (const share of model.storage.shares) if (share.host === workload.host) names.add(share.id);
    for (const pool of [...model.storage.zfs, ...model.storage.raid]) if (pool.host === workload.host) names.add(pool.id);
  }
  return model.backups.jobs.filter((job) => job.sources.some((source) => names.has(source)));
}

/** Every target a job's copies reach: its own target and, through sync jobs, the targets downstream. */
export function targetsReached(model: Model, job: BackupJob): BackupTarget[] {
  const reached: BackupTarget[] = [];
  const queue = [job.target];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const target = model.backups.targets.find((candidate) => candidate.id === id);
    if (!target || reached.includes(target)) continue;
    reached.push(target);
    for (const sync of model.backups.jobs) if (sync.sources.includes(id)) queue.push(sync.target);
  }
  return reached;
}

/** True when every source of the job is a backup target: it copies backups rather than making them. */
export function isSyncJob(model: Model, job: BackupJob): boolean {
  return job.sources.every((source) => model.backups.targets.some((target) => target.id === source));
}

/** Jobs that make backups (not sync jobs), in declaration order. */
export function primaryJobs(model: Model): BackupJob[] {
  return model.backups.jobs.filter((job) => !isSyncJob(model, job));
}

/** Workloads a job protects, sorted by id. */
export function workloadsProtectedBy(model: Model, job: BackupJob): string[] {
  return model.workloads.filter((workload) => jobsProtecting(model, workload).includes(job)).map((workload) => workload.id).sort();
}

/** Workloads of medium criticality or more that a job protects, sorted by id. */
export function importantWorkloadsProtectedBy(model: Model, job: BackupJob): string[] {
  return workloadsProtectedBy(model, job).filter((id) => {
    const workload = model.workloads.find((candidate) => candidate.id === id);
    return workload !== undefined && atLeast(workload, 'medium');
  });
}

/** Primary jobs that protect at least one workload of medium criticality or more. */
export function jobsProtectingImportant(model: Model): BackupJob[] {
  return primaryJobs(model).filter((job) => importantWorkloadsProtectedBy(model, job).length > 0);
}
