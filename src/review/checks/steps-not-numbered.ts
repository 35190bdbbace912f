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
      const numbers = steps.map((step) => step.number ?? 0);
      // "1. 1. 1." is Markdown's lazy numbering and renders in order.
      if (numbers.every((number) => number === numbers[0])) continue;
      for (let index = 1; index < steps.length; index++) {
        const previous = numbers[index - 1] ?? 0;
        const current = numbers[index] ?? 0;
        if (current <= previous) {
          findings.push({ at: (steps[index] as PlanStep).position, message: `step numbered ${current} follows step ${previous}`, fix: 'renumber the steps in execution order' });
        }
      }
    }
    return { status: 'checked', findings, checked: plan.steps.length };
  },
});
