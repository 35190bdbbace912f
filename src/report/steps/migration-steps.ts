/**
 * The migration planner's phased steps (src/plan planMigration) as runbook steps: one report phase per
 * plan phase (prepare, build, cut-over, decommission, verify), numbered phase.step like the rest of the
 * runbook. A step's prerequisites become its pre-checks when the template gives none, so every step says
 * what must hold before it runs; commands for a shell stay commands, UI paths become actions.
 */
import { formatDuration } from '../../intake/units/index.js';
import { seconds } from '../../model/quantities.js';
import type { Phase as PlanPhase, Plan, Step } from '../../plan/plan-types.js';
import type { ActionStep, RichText } from '../report-model.js';
import { code, joinRich } from '../rich-text.js';
import type { Phase } from './remediation-steps.js';

const phaseTitles: Readonly<Record<PlanPhase, string>> = {
  prepare: 'Prepare',
  build: 'Build',
  cutover: 'Cut-over',
  decommission: 'Decommission',
  verify: 'Verify',
};

/** The report id ("2.3") of each plan step id, in plan order. */
export function migrationStepIds(plan: Plan): Map<string, string> {
  const ids = new Map<string, string>();
  plan.phases.forEach((phase, index) => phase.steps.forEach((stepId, position) => ids.set(stepId, `${index + 1}.${position + 1}`)));
  return ids;
}

/** The plan's phases as runbook phases 1…n. */
export function migrationPhases(plan: Plan): Phase[] {
  const ids = migrationStepIds(plan);
  const byId = new Map(plan.steps.map((step) => [step.id, step]));
  return plan.phases.map((phase, index) => ({
    number: index + 1,
    title: `${phaseTitles[phase.phase]} (migration)`,
    steps: phase.steps.flatMap((stepId) => {
      const step = byId.get(stepId);
      return step ? [actionStep(step, ids)] : [];
    }),
  }));
}

function actionStep(step: Step, ids: ReadonlyMap<string, string>): ActionStep {
  const required = step.requires.map((id) => ids.get(id)).filter((id): id is string => id !== undefined);
  const preChecks: RichText[] = step.preChecks.map((text) => [text]);
  if (preChecks.length === 0) {
    preChecks.push(required.length > 0 ? ['The steps it needs are done and validated: ', ...joinRich(required.map(code), ', '), '.'] : ['Nothing runs before it: it is where the migration starts.']);
  }
  const shell = step.action.commands.filter((command) => command.kind === 'shell');
  const elsewhere = step.action.commands.filter((command) => command.kind !== 'shell');
  return {
    id: ids.get(step.id) ?? String(step.number),
    title: [step.title],
    preChecks,
    actions: [[step.action.summary], ...elsewhere.map((command): RichText => [`${command.kind === 'ui' ? 'In the UI' : 'In the configuration'}${command.on ? ` of ${command.on}` : ''}: ${command.text}`])],
    commands: shell.map((command) => (command.on ? `${command.text}    # on ${command.on}` : command.text)),
    validation: step.validation.map((text) => [text]),
    rollback: step.rollback.map((text) => [text]),
    downtime: [step.downtime > 0 ? `${formatDuration(seconds(step.downtime))} (${step.downtimeBasis})` : `none (${step.downtimeBasis})`],
    blastRadius: step.blastRadius.length > 0 ? joinRich(step.blastRadius.map(code), ', ') : ['none: nothing that runs today is touched'],
    cites: [],
  };
}
