import type { PlanStep } from '../parse/plan-document.js';
import { type FindingDraft, definePlanCheck } from '../types.js';

export const stepsNotNumbered = definePlanCheck({
  meta: {
    id: 'plan/steps-not-numbered',
    title: 'Steps are numbered and in order',
    category: 'steps',
    severity: 'warning',
    rationale: 'Operators follow a runbook by number, report progress by number and resume by number after an interruption.',
    fix: 'write the steps as a numbered list (1., 2., 3.) or as "Step N" headings, in execution order',
  },
  run(plan) {
    if (plan.steps.length === 0) return { status: 'not-applicable', reason: 'the plan has no action steps' };
    const findings: FindingDraft[] = [];
    const groups = new Map<number, PlanStep[]>();
    for (const step of plan.steps) groups.set(step.group, [...(groups.get(step.group) ?? []), step]);
    for (const steps of groups.values()) {
      const first = steps[0] as PlanStep;
      if (first.form === 'table-row') continue;
      const unnumbered = steps.filter((step) => step.number === undefined);
      if (unnumbered.length > 0 && steps.length > 1) {
        findings.push({
          at: (unnumbered[0] as PlanStep).position,
          message: first.form === 'bullet-item' ? `${steps.length} steps are bullets, not numbered` : `${unnumbered.length} of ${steps.length} step headings have no number`,
        });
        continue;
      }
      // Dotted numbers ("Step 1.2") are ordered part by part, so 0.2 → 1.1 is in order.
      const numbers = steps.map((step) => step.numbering ?? [step.number ?? 0]);
      // "1. 1. 1." is Markdown's lazy numbering and renders in order.
      if (numbers.every((number) => compareNumbering(number, numbers[0] ?? []) === 0)) continue;
      for (let index = 1; index < steps.length; index++) {
        const previous = numbers[index - 1] ?? [];
        const current = numbers[index] ?? [];
        if (compareNumbering(current, previous) <= 0) {
          findings.push({ at: (steps[index] as PlanStep).position, message: `step numbered ${current.join('.')} follows step ${previous.join('.')}`, fix: 'renumber the steps in execution order' });
        }
      }
    }
    return { status: 'checked', findings, checked: plan.steps.length };
  },
});

/** Orders dotted step numbers part by part; a shorter prefix comes first (1 before 1.1). */
function compareNumbering(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
