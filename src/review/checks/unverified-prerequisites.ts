import { anchorOf } from '../find-in-plan.js';
import { definePlanCheck } from '../types.js';
import { precheckPattern } from '../vocabulary/step-markers.js';

export const unverifiedPrerequisites = definePlanCheck({
  meta: {
    id: 'plan/unverified-prerequisites',
    title: 'Prerequisites are verified before the first step',
    category: 'steps',
    severity: 'warning',
    rationale: 'The persona warns against assuming ideal hardware and software: firmware, versions, free ports, free capacity and working backups are checked before anything changes.',
    fix: 'add a "## Prerequisites" section (or pre-checks on the steps) listing what must hold, each with the command that verifies it',
  },
  run(plan) {
    if (plan.steps.length === 0) return { status: 'not-applicable', reason: 'the plan has no action steps' };
    if (plan.sectionsOf('prerequisites').length > 0 || plan.steps.some((step) => step.hasPrecheck)) return { status: 'checked', findings: [] };
    if (plan.blocks.some((block) => precheckPattern.test(block.text))) return { status: 'checked', findings: [] };
    return {
      status: 'checked',
      findings: [{ at: anchorOf(plan, ['action-steps', 'migration-path']), message: 'no step or section verifies prerequisites (versions, free capacity, working backups) before the first change' }],
    };
  },
});
