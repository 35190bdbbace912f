/**
 * Action Steps: the phased runbook. Phase 0 (baseline and backup) always; then one step per remediation
 * (the open findings of one rule that share a mitigation), phased by severity, until blueprints supply
 * richer runbooks. Reads findings (and the analysis, for the figures a step checks) when present.
 */
import type { ReportContext } from '../report-inputs.js';
import type { ActionStep, Block, Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';
import { baselineSteps } from '../steps/baseline-steps.js';
import { migrationPhases } from '../steps/migration-steps.js';
import { remediationPhases } from '../steps/remediation-steps.js';
import { formatDuration } from '../../intake/units/index.js';
import { seconds } from '../../model/quantities.js';
import type { Plan } from '../../plan/plan-types.js';

/** The Action Steps section. */
export function buildActionSteps(context: ReportContext): Section {
  const window = context.model.constraints.maintenanceWindows[0];
  // A migration plan records its own baseline and backups in its first phase; Phase 0 is for reviews.
  const phases = [
    ...(context.migration ? migrationPhases(context.migration) : [{ number: 0, title: 'Baseline and backup', steps: baselineSteps(context.model) }]),
    ...remediationPhases(context, window),
  ];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [
        `${phases.length} phase${phases.length === 1 ? '' : 's'}, in order. Each step lists its pre-checks, the action, how to validate it, how to roll it back, its downtime and its blast radius; do not start a step whose pre-checks fail.`,
        context.findings === undefined ? ' No rules ran, so the plan has no remediation steps after Phase 0.' : '',
        context.migration ? ` Phases 1–${context.migration.phases.length} are the migration to the target (${context.migration.steps.length} steps, ${downtimeText(context.migration.downtime)}${context.migration.windowsNeeded > 0 ? `, ${context.migration.windowsNeeded} maintenance window${context.migration.windowsNeeded === 1 ? '' : 's'}` : ''}); the phases after it remedy the findings the target does not fix.` : '',
      ].filter((piece) => piece !== ''),
    },
  ];
  if (context.migration) blocks.push(...constraintBlocks(context.migration));
  for (const phase of phases) {
    blocks.push({ kind: 'heading', text: `Phase ${phase.number}: ${phase.title}` });
    blocks.push({ kind: 'steps', steps: phase.steps });
  }
  return { id: 'action-steps', title: sectionTitles['action-steps'], blocks };
}

/** The constraints the planner checked on every intermediate state, and what it adjusted to keep them. */
function constraintBlocks(plan: Plan): Block[] {
  if (plan.checks.length === 0 && plan.adjustments.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', text: 'Constraints checked on every intermediate state' }];
  if (plan.checks.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [{ title: 'Constraint' }, { title: 'Scope' }, { title: 'Result' }, { title: 'How it was checked' }],
      rows: plan.checks.map((check) => {
        const violations = plan.violations.filter((violation) => violation.constraint === check.constraint && violation.scope === check.scope);
        return [[check.constraint], [check.scope], [check.satisfied ? 'kept' : `BROKEN: ${violations.map((violation) => violation.message).join('; ')}`], [check.method]];
      }),
    });
  }
  if (plan.adjustments.length > 0) blocks.push({ kind: 'bullets', items: plan.adjustments.map((adjustment) => [adjustment]) });
  return blocks;
}

function downtimeText(value: number): string {
  return value > 0 ? `${formatDuration(seconds(value))} of downtime in all` : 'no planned downtime';
}

/** Every step of a report's sections, in order. */
export function stepsOf(sections: readonly { readonly blocks: readonly Block[] }[]): ActionStep[] {
  return sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'steps' ? block.steps : [])));
}
