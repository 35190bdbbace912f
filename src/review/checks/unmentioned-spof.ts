import { anchorOf } from '../find-in-plan.js';
import { mentionPattern } from '../spec/entity-names.js';
import { definePlanCheck } from '../types.js';

export const unmentionedSpof = definePlanCheck({
  meta: {
    id: 'plan/unmentioned-spof',
    title: 'Every single point of failure Kestra finds is in the plan',
    category: 'consistency',
    severity: 'warning',
    rationale: 'A plan that leaves out a single point of failure the inventory has will be surprised by it; the persona surfaces every SPOF with its blast radius and mitigation.',
    fix: 'add the component to Risks with what goes down with it and the mitigation',
    needsSpec: true,
  },
  run(plan, context) {
    const spofs = context.spec?.spofs;
    if (!context.spec) return { status: 'not-applicable', reason: 'no spec given (--spec)' };
    if (spofs === undefined) return { status: 'not-applicable', reason: 'no failure analysis available' };
    const at = anchorOf(plan, ['risks']);
    const findings = spofs
      .filter((spof) => !mentionPattern(spof.id).test(plan.source))
      .map((spof) => {
        const down = spof.takesDown ?? [];
        const shown = down.slice(0, 5).join(', ');
        const more = down.length > 5 ? ` and ${down.length - 5} more` : '';
        return {
          at,
          message: `Kestra finds "${spof.id}" is a single point of failure${down.length > 0 ? ` (takes down ${shown}${more})` : ''}, but the plan never mentions it`,
        };
      });
    return { status: 'checked', findings, checked: spofs.length };
  },
});
