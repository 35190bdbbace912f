/** Facts of each backup job: worst-case RPO, storage its retention needs, and days since its last restore test. */
import { backupRpo } from '../../calc/backup/recovery-point.js';
import { retainedPoints, retentionStorage } from '../../calc/backup/retention-storage.js';
import { formatDuration } from '../../intake/units/index.js';
import { bytes, type Seconds } from '../../model/quantities.js';
import type { BackupJob } from '../../model/types.js';
import type { Fact, FactInput } from '../fact.js';
import { subjectFacts } from '../subject-facts.js';
import { runModel, type BackupVolumes } from './backup-volume.js';

const RETENTION_REFERENCE = 'https://pbs.proxmox.com/docs/maintenance.html#pruning';

/** Worst-case RPO of a job, or undefined without a duration. */
export function jobRpo(job: BackupJob): Seconds | undefined {
  return job.duration === undefined ? undefined : backupRpo({ longestGap: job.schedule.longestGapSeconds, duration: job.duration });
}

/** rpo, retention-storage and last-restore-test-age facts of one job. */
export function jobFacts(job: BackupJob, volumes: BackupVolumes, asOf: string | undefined): Fact[] {
  const facts = subjectFacts('backup', job.id, job.source);
  const output: Fact[] = [];
  const gapInput: FactInput = { name: 'longest gap between runs', value: job.schedule.longestGapSeconds, unit: 'seconds', source: job.source };
  const rpoFields = { label: 'Worst-case RPO', unit: 'seconds' as const, formula: 'longest gap between runs + run duration' };
  const rpo = jobRpo(job);
  output.push(
    rpo === undefined
      ? facts.unknown('rpo', `How long does a run of ${job.id} take (duration)? Its worst-case RPO is at least ${formatDuration(job.schedule.longestGapSeconds)} (${job.schedule.description}).`, rpoFields)
      : facts.known('rpo', rpo, {
          ...rpoFields,
          formula: `longest gap ${formatDuration(job.schedule.longestGapSeconds)} (${job.schedule.description}) + duration ${formatDuration(job.duration as Seconds)}`,
          inputs: [gapInput, { name: 'duration', value: job.duration as number, unit: 'seconds', source: job.source }],
        }),
  );
  output.push(retentionFact(job, volumes));
  output.push(restoreTestFact(job, asOf));
  return output;
}

function retentionFact(job: BackupJob, volumes: BackupVolumes): Fact {
  const facts = subjectFacts('backup', job.id, job.source);
  const model = runModel(job);
  const fields = {
    label: 'Retention storage',
    unit: 'bytes' as const,
    formula: model === 'full-every-run' ? 'full size × retained points' : 'one full + Σ older points × changes over their period',
    reference: RETENTION_REFERENCE,
  };
  const policy = job.retention ?? {};
  const points = retainedPoints(policy);
  if (points === 0) return facts.unknown('retention-storage', `How many backups does ${job.id} keep (retention: last/daily/weekly/monthly)?`, fields);
  const full = volumes.fullBytes(job);
  if (!full.ok) return facts.unknown('retention-storage', `The retention storage of ${job.id} cannot be computed: ${full.question}`, fields);
  const pointsInput: FactInput = { name: 'retained points', value: points, unit: 'count', source: job.source };
  if (model === 'full-every-run') {
    const result = retentionStorage({ model, policy, fullSize: bytes(full.value), runInterval: job.schedule.intervalSeconds });
    return facts.known('retention-storage', result.storage, {
      ...fields,
      formula: `full size [${full.formula}] × ${points} retained points (${job.tool === undefined ? 'no tool given: assumed to write' : `${job.tool} writes`} a full copy every run)`,
      inputs: [...full.inputs, pointsInput],
    });
  }
  const change = volumes.changePerDay(job);
  if (!change.ok) return facts.unknown('retention-storage', `The retention storage of ${job.id} cannot be computed: ${change.question}`, fields);
  const result = retentionStorage({ model, policy, fullSize: bytes(full.value), changePerDay: bytes(change.value), runInterval: job.schedule.intervalSeconds });
  return facts.known('retention-storage', result.storage, {
    ...fields,
    formula: `full [${full.formula}] + ${points - 1} older points × changes [${change.formula}] over each point's spacing, at most ${job.schedule.intervalSeconds > 86_400 ? 'one run' : 'one day'} (rewrites beyond that taken to deduplicate); points = Σ keep options`,
    inputs: [...full.inputs, ...change.inputs, pointsInput],
  });
}

function restoreTestFact(job: BackupJob, asOf: string | undefined): Fact {
  const facts = subjectFacts('backup', job.id, job.source);
  const fields = { label: 'Days since last restore test', unit: 'days' as const, formula: 'today − lastRestoreTest' };
  if (job.lastRestoreTest === undefined) return facts.unknown('last-restore-test-age', `Has a restore from ${job.id} ever been tested? No lastRestoreTest is recorded.`, fields);
  if (asOf === undefined) {
    return facts.unknown('last-restore-test-age', `The last restore test of ${job.id} was on ${job.lastRestoreTest}; its age needs today's date (run with --date YYYY-MM-DD).`, fields);
  }
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${job.lastRestoreTest}T00:00:00Z`)) / 86_400_000;
  return facts.known('last-restore-test-age', days, {
    ...fields,
    formula: `${asOf} − ${job.lastRestoreTest}`,
    inputs: [{ name: 'last restore test', value: job.lastRestoreTest, unit: 'text', source: job.source }, { name: 'today', value: asOf, unit: 'text' }],
  });
}
