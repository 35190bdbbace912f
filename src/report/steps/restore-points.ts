/**
 * Where the runbook records the state to return to: Phase 0's baseline and fresh backup, or — when a
 * migration plan leads the runbook — its own baseline step, which saves configurations and takes the
 * backups. Remediation steps and the Rollback section name these steps.
 */
import type { ReportContext } from '../report-inputs.js';
import { migrationStepIds } from './migration-steps.js';

export interface RestorePoints {
  /** The step that records the baseline (configurations, status output). */
  readonly baseline: string;
  /** The step that takes the fresh backups. */
  readonly backup: string;
  /** What must be done before a remediation starts, in one sentence. */
  readonly ready: string;
}

/** The restore points of the runbook `context` leads to. */
export function restorePoints(context: Pick<ReportContext, 'migration'>): RestorePoints {
  const plan = context.migration;
  if (!plan) return { baseline: '0.1', backup: '0.2', ready: 'Phase 0 is done: baseline saved, fresh backup listed.' };
  const ids = migrationStepIds(plan);
  const prepare = plan.phases[0]?.steps ?? [];
  const baseline = ids.get(prepare.find((id) => id.includes('baseline')) ?? prepare[0] ?? '') ?? '1.1';
  return { baseline, backup: baseline, ready: `The migration (phases 1–${plan.phases.length}) is done and validated; the remediations start from its state.` };
}
