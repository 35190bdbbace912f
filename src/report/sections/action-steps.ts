/**
 * Action Steps: the phased runbook. Phase 0 (baseline and backup) always; then one step per remediation
 * (the open findings of one rule that share a mitigation), phased by severity, until blueprints supply
 * richer runbooks. Reads findings (and the analysis, for the figures a step checks) when present.
 */
import type { ReportContext } from '../report-inputs.js';
import type { ActionStep, Block, Section } from '../report-model.js';
import { sectionTitles } from '../section-ids.js';
import { baselineSteps } from '../steps/baseline-steps.js';
import { remediationPhases } from '../steps/remediation-steps.js';

/** The Action Steps section. */
export function buildActionSteps(context: ReportContext): Section {
  const window = context.model.constraints.maintenanceWindows[0];
  const phases = [{ number: 0, title: 'Baseline and backup', steps: baselineSteps(context.model) }, ...remediationPhases(context, window)];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: [
        `${phases.length} phase${phases.length === 1 ? '' : 's'}, in order. Each step lists its pre-checks, the action, how to validate it, how to roll it back, its downtime and its blast radius; do not start a step whose pre-checks fail.`,
        context.findings === undefined ? ' No rules ran, so the plan has no remediation steps after Phase 0.' : '',
      ],
    },
  ];
  for (const phase of phases) {
    blocks.push({ kind: 'heading', text: `Phase ${phase.number}: ${phase.title}` });
    blocks.push({ kind: 'steps', steps: phase.steps });
  }
  return { id: 'action-steps', title: sectionTitles['action-steps'], blocks };
}

/** Every step of a report's sections, in order. */
export function stepsOf(sections: readonly { readonly blocks: readonly Block[] }[]): ActionStep[] {
  return sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'steps' ? block.steps : [])));
}
