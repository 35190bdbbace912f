import { insertionPoint } from '../section-order.js';
import { definePlanCheck } from '../types.js';

export const missingRollback = definePlanCheck({
  meta: {
    id: 'plan/missing-rollback',
    title: 'The plan says how to roll back',
    category: 'structure',
    severity: 'error',
    rationale: 'The persona ends every plan with rollback guidance: a change that cannot be undone at 2 a.m. is a gamble, not a plan.',
    fix: 'add a "## Rollback" section that says, for each step, how to return to the last good state and how long it takes',
  },
  run(plan) {
    if (plan.sectionsOf('rollback').length > 0) return { status: 'checked', findings: [] };
    const bare = plan.steps.filter((step) => !step.hasRollback);
    if (plan.steps.length > 0 && bare.length === 0) return { status: 'checked', findings: [] };
    const { at, where } = insertionPoint(plan, 'rollback');
    const stepNote =
      plan.steps.length === 0 ? '' : `; ${bare.length} of ${plan.steps.length} steps say nothing about undoing them (first at line ${bare[0]?.position.line})`;
    return {
      status: 'checked',
      findings: [{ at, message: `no Rollback section${stepNote}`, fix: `add a "## Rollback" section ${where}: per step, how to return to the last good state, and the point of no return` }],
    };
  },
});
