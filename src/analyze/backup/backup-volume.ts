/**
 * How many bytes a backup job holds and moves: the size of one full copy, what a first (seeding) run
 * copies, and the bytes of one later run. Shared by the network analyzer (transfer and seed times)
 * and the backup analyzer (retention).
 *
 * Sizes come from the job when given. Otherwise a full copy is the sum of the sources' sizes, where a
 * source that is a backup target (a sync job) contributes one full of each job writing into it; a
 * seeding run of a sync copies everything the source target holds (all its retained points). Tools
 * that write a full copy every run (vzdump) move the full size each run; incremental tools move the
 * data changed since the last run.
 */
import type { FactInput } from '../fact.js';
import type { BackupJob, Model } from '../../model/types.js';

/** Tools whose every run is a full copy ("backups are always full backups", https://pve.proxmox.com/pve-docs/chapter-vzdump.html). */
const fullEveryRunTools: ReadonlySet<string> = new Set(['vzdump']);
/** Tools that send only what changed since the last run (dirty bitmaps, chunk dedup, snapshots, rsync deltas). */
const incrementalTools: ReadonlySet<string> = new Set(['pbs', 'restic', 'borg', 'zfs-send', 'rsync', 'rclone', 'veeam']);

export type Estimate =
  | { readonly ok: true; readonly value: number; readonly formula: string; readonly inputs: readonly FactInput[] }
  | { readonly ok: false; readonly question: string };

/** Whether a job's runs are incremental, full, or unknown (no tool given: treated as full, an upper bound). */
export function runModel(job: BackupJob): 'incremental' | 'full-every-run' {
  if (job.tool !== undefined && incrementalTools.has(job.tool)) return 'incremental';
  if (job.tool !== undefined && fullEveryRunTools.has(job.tool)) return 'full-every-run';
  return 'full-every-run';
}

/** Bytes measures of the backup jobs of one model. */
export interface BackupVolumes {
  /** Size of one full copy of what the job backs up. */
  fullBytes(job: BackupJob): Estimate;
  /** Bytes the first run copies: a full, or for a sync everything its source targets hold. */
  seedBytes(job: BackupJob): Estimate;
  /** Bytes one run moves: the full size, or the changes since the previous run. */
  runBytes(job: BackupJob): Estimate;
  /** Data the job's sources change per day. */
  changePerDay(job: BackupJob): Estimate;
  /** Jobs that write into a target. */
  jobsInto(target: string): readonly BackupJob[];
}

const bytesInput = (name: string, value: number, extra: Partial<FactInput> = {}): FactInput => ({ name, value, unit: 'bytes', ...extra });

/** Builds the volume estimates for a model. */
export function backupVolumesOf(model: Model): BackupVolumes {
  const targets = new Map(model.backups.targets.map((target) => [target.id, target]));
  const workloads = new Map(model.workloads.map((workload) => [workload.id, workload]));
  const pools = new Map<string, { readonly used?: number; readonly source: FactInput['source'] }>([
    ...model.storage.zfs.map((pool) => [pool.id, pool] as const),
    ...model.storage.raid.map((array) => [array.id, array] as const),
    ...model.storage.shares.map((share) => [share.id, share] as const),
    ...model.storage.ceph.flatMap((ceph) => ceph.pools.map((pool) => [pool.id, { ...pool, source: ceph.source }] as const)),
  ]);
  const jobsInto = (target: string) => model.backups.jobs.filter((job) => job.target === target);

  const targetHolds = (targetId: string, seen: ReadonlySet<string>): Estimate => {
    const target = targets.get(targetId);
    if (target === undefined) return { ok: false, question: `backup target ${targetId} is unknown` };
    if (target.used !== undefined) return { ok: true, value: target.used, formula: `${target.id} used`, inputs: [bytesInput(`${target.id} used`, target.used, { source: target.source })] };
    const pool = target.pool === undefined ? undefined : pools.get(target.pool);
    if (pool?.used !== undefined) {
      return {
        ok: true,
        value: pool.used,
        formula: `${target.pool} used (assumed to hold only ${target.id})`,
        inputs: [bytesInput(`${target.pool} used`, pool.used, { source: pool.source, assumed: true })],
      };
    }
    const upstream = jobsInto(targetId).filter((job) => !seen.has(job.id));
    if (upstream.length === 0) return { ok: false, question: `how much data does backup target ${targetId} hold (used)?` };
    return sum(upstream.map((job) => full(job, new Set([...seen, job.id]))), `Σ full size of the jobs into ${targetId}`);
  };

  const targetFull = (targetId: string, seen: ReadonlySet<string>): Estimate => {
    const upstream = jobsInto(targetId).filter((job) => !seen.has(job.id));
    if (upstream.length === 0) return targetHolds(targetId, seen);
    return sum(upstream.map((job) => full(job, new Set([...seen, job.id]))), `Σ full size of the jobs into ${targetId}`);
  };

  const sourceSize = (id: string, seen: ReadonlySet<string>, mode: 'full' | 'seed'): Estimate => {
    if (targets.has(id)) return mode === 'seed' ? targetHolds(id, seen) : targetFull(id, seen);
    const workload = workloads.get(id);
    if (workload?.disk !== undefined) return { ok: true, value: workload.disk, formula: `${id} disk`, inputs: [bytesInput(`${id} disk`, workload.disk, { source: workload.source })] };
    const pool = pools.get(id);
    if (pool?.used !== undefined) return { ok: true, value: pool.used, formula: `${id} used`, inputs: [bytesInput(`${id} used`, pool.used, { source: pool.source })] };
    return { ok: false, question: `how big is ${id}?` };
  };

  const sized = (job: BackupJob, seen: ReadonlySet<string>, mode: 'full' | 'seed'): Estimate => {
    if (job.size !== undefined) return { ok: true, value: job.size, formula: `${job.id} size`, inputs: [bytesInput(`${job.id} size`, job.size, { source: job.source })] };
    const summed = sum(job.sources.map((source) => sourceSize(source, seen, mode)), 'Σ source sizes');
    return summed.ok ? summed : { ok: false, question: `how big is one full backup of job ${job.id} (size)? ${summed.question}` };
  };
  const full = (job: BackupJob, seen: ReadonlySet<string>): Estimate => sized(job, seen, 'full');

  const change = (job: BackupJob, seen: ReadonlySet<string>): Estimate => {
    if (job.changePerDay !== undefined) {
      return { ok: true, value: job.changePerDay, formula: `${job.id} changePerDay`, inputs: [bytesInput(`${job.id} changePerDay`, job.changePerDay, { source: job.source })] };
    }
    const upstream = job.sources.filter((source) => targets.has(source)).flatMap((source) => jobsInto(source)).filter((upstreamJob) => !seen.has(upstreamJob.id));
    const direct = job.sources.filter((source) => !targets.has(source));
    if (upstream.length === 0 || direct.length > 0) return { ok: false, question: `how much data does job ${job.id} change per day (changePerDay)?` };
    const summed = sum(upstream.map((upstreamJob) => change(upstreamJob, new Set([...seen, upstreamJob.id]))), 'Σ changePerDay of the jobs it syncs');
    return summed.ok ? summed : { ok: false, question: `how much data does job ${job.id} change per day (changePerDay)?` };
  };

  const run = (job: BackupJob): Estimate => {
    const fullSize = full(job, new Set([job.id]));
    if (runModel(job) === 'full-every-run') {
      return fullSize.ok ? { ...fullSize, formula: `${fullSize.formula} (${job.tool ?? 'the tool'} writes a full copy every run)` } : fullSize;
    }
    const perDay = change(job, new Set([job.id]));
    if (!perDay.ok) {
      return fullSize.ok ? { ...fullSize, formula: `${fullSize.formula} (changes per day not given: a full run)` } : perDay;
    }
    const gapDays = job.schedule.longestGapSeconds / 86_400;
    const changed = perDay.value * gapDays;
    const capped = fullSize.ok ? Math.min(changed, fullSize.value) : changed;
    return {
      ok: true,
      value: capped,
      formula: `${perDay.formula} × longest gap ${trimDays(gapDays)} d${fullSize.ok ? ', at most one full size' : ''}`,
      inputs: [...perDay.inputs, { name: 'longest gap', value: job.schedule.longestGapSeconds, unit: 'seconds', source: job.source }, ...(fullSize.ok ? fullSize.inputs : [])],
    };
  };

  return { fullBytes: (job) => full(job, new Set([job.id])), seedBytes: (job) => sized(job, new Set([job.id]), 'seed'), runBytes: run, changePerDay: (job) => change(job, new Set([job.id])), jobsInto };
}

function sum(estimates: readonly Estimate[], formula: string): Estimate {
  const missing = estimates.find((estimate) => !estimate.ok);
  if (missing !== undefined) return missing;
  const known = estimates.filter((estimate): estimate is Extract<Estimate, { ok: true }> => estimate.ok);
  if (known.length === 1) return known[0] as Estimate;
  return { ok: true, value: known.reduce((total, estimate) => total + estimate.value, 0), formula: `${formula} (${known.map((estimate) => estimate.formula).join(' + ')})`, inputs: known.flatMap((estimate) => estimate.inputs) };
}

function trimDays(days: number): string {
  return String(Math.round(days * 1000) / 1000);
}
