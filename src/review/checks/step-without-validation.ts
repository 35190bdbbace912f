import { definePlanCheck } from '../types.js';

export const stepWithoutValidation = definePlanCheck({
  meta: {
    id: 'plan/step-without-validation',
    title: 'Every step says how to verify it',
    category: 'steps',
    severity: 'warning',
    rationale: 'Each step of a runbook needs a check with an expected result, so the operator knows it worked before starting the next one.',
    fix: 'add "Validation: <command> shows <expected result>" to the step',
  },
  run(plan) {
    if (plan.steps.length === 0) return { status: 'not-applicable', reason: 'the plan has no action steps' };
    const findings = plan.steps
      .filter((step) => !step.hasValidation)
      .map((step) => ({
        at: step.position,
        message: `step${step.number === undefined ? '' : ` ${(step.numbering ?? [step.number]).join('.')}`} ("${excerpt(step.text)}") has no validation`,
      }));
    return { status: 'checked', findings, checked: plan.steps.length };
  },
});

/** The first words of a step, for a message. */
export function excerpt(text: string, words = 8): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  const shown = all.slice(0, words).join(' ');
  return all.length > words ? `${shown}…` : shown;
}
