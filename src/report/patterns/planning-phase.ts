/** planning-phase: the report opens with mission, inputs, constraints, risks, unknowns, deliverables and acceptance criteria. */
import { formatMoney } from '../../intake/units/index.js';
import { summarizeModel } from '../../model/summary.js';
import { reportOpenQuestions } from '../sections/assumptions.js';
import { remediationsOf } from '../remediations.js';
import type { ReportContext } from '../report-inputs.js';
import type { Block, RichText, Section } from '../report-model.js';
import { code, joinRich, rule } from '../rich-text.js';
import { inputNames } from '../input-names.js';
import { PLANNING_SECTION_ID, sectionTitles } from '../section-ids.js';
import { definePattern } from './pattern-module.js';

export const planningPhase = definePattern({
  id: 'planning-phase',
  effect: 'opens the report with mission, inputs, constraints, risks, unknowns, deliverables and acceptance criteria',
  shapeDraft(sections, context) {
    return [planningSection(context), ...sections];
  },
});

function planningSection(context: ReportContext): Section {
  const { model } = context;
  const { constraints } = model;
  const counts = Object.entries(summarizeModel(model).counts).filter(([, value]) => value > 0).map(([name, value]) => `${value} ${name}`).join(', ');
  const constraintItems: RichText[] = [];
  if (constraints.budget) constraintItems.push([`Budget at most ${formatMoney(constraints.budget)}.`]);
  if (constraints.maintenanceWindows.length > 0) constraintItems.push([`Disruptive work only in ${constraints.maintenanceWindows.join(', ')}.`]);
  if (constraints.zeroDowntime.length > 0) constraintItems.push(['Zero downtime for ', ...joinRich(constraints.zeroDowntime.map(code), ', '), '.']);
  for (const goal of constraints.goals) constraintItems.push([`Goal: ${goal}`]);
  // One line per critical or high remediation, pointing at its step; the detail is under Risks.
  const risks: RichText[] = remediationsOf(context)
    .filter((remediation) => remediation.severity === 'critical' || remediation.severity === 'high')
    .map((remediation) => [rule(remediation.ruleId), ` ${remediation.severity} on `, ...joinRich(remediation.subjects.map(code), ', '), ': mitigated in step ', code(remediation.stepId), '.']);
  const spofs = context.failure?.spofs ?? [];
  if (spofs.length > 0) risks.push([`${spofs.length} single point${spofs.length === 1 ? '' : 's'} of failure, the worst `, code(spofs[0]?.component ?? ''), `: ${spofs[0]?.impact ?? 'see Risks'}; each with its mitigation under Risks.`]);
  const unknowns = reportOpenQuestions(context);
  const blocks: Block[] = [
    { kind: 'heading', text: 'Mission' },
    { kind: 'paragraph', text: [context.task ?? 'Review the current state and plan the remediation of what it gets wrong.'] },
    { kind: 'heading', text: 'Inputs' },
    { kind: 'bullets', items: [[...inputNames(context.inputs), `: ${counts}`] as RichText, ...(context.target ? [['Target spec ', code(context.target.file)] as RichText] : [])] },
    { kind: 'heading', text: 'Constraints' },
    constraintItems.length > 0 ? { kind: 'bullets', items: constraintItems } : { kind: 'paragraph', text: ['The spec states no budget, maintenance window, zero-downtime scope or goal.'] },
    { kind: 'heading', text: 'Key risks' },
    risks.length > 0 ? { kind: 'bullets', items: risks } : { kind: 'paragraph', text: [context.findings || context.failure ? 'No critical or high risk.' : 'No risk is listed yet: no rules and no failure analysis ran (see Risks).'] },
    { kind: 'heading', text: 'Unknowns' },
    { kind: 'paragraph', text: [unknowns.length === 0 ? 'None.' : `${unknowns.length} open question${unknowns.length === 1 ? '' : 's'}, listed under ${sectionTitles.assumptions}.`] },
    { kind: 'heading', text: 'Deliverables' },
    { kind: 'paragraph', text: ['This report: current and target state, risks, a phased runbook with validation and rollback for every step, and a validation and monitoring checklist.'] },
    { kind: 'heading', text: 'Acceptance criteria' },
    {
      kind: 'bullets',
      items: [
        ['Every check of the Self-Review passes.'],
        ['Every step’s validation passes before the next step starts.'],
        ...(constraints.zeroDowntime.length > 0 ? [['No outage of ', ...joinRich(constraints.zeroDowntime.map(code), ', '), ' at any step.'] as RichText] : []),
        ['The Validation & Monitoring Checklist passes after the last step.'],
      ],
    },
  ];
  return { id: PLANNING_SECTION_ID, title: 'Planning Phase', blocks };
}
