import { anchorOf, matchRuns } from '../find-in-plan.js';
import type { PlanDocument } from '../parse/plan-document.js';
import { type FindingDraft, definePlanCheck } from '../types.js';
import { quantityKinds } from '../vocabulary/quantity-patterns.js';

/** "RAM: 32" or "bandwidth 500," — a figure whose unit is missing. */
const unitlessFigure = /\b(?:ram|memory|bandwidth|throughput|budget|cost)\s*(?::|=|of|is|at|~)?\s*\d+(?:[.,]\d+)?(?=\s*(?:$|[,;)|]|\.(?:\s|$)))/gi;

export const noQuantities = definePlanCheck({
  meta: {
    id: 'plan/no-quantities',
    title: 'CPU, RAM, throughput and cost are quantified, with units',
    category: 'quantities',
    severity: 'warning',
    rationale: 'The persona quantifies resource requirements (CPU, RAM, network throughput, cost) whenever feasible; a plan without numbers cannot be checked or budgeted.',
    fix: 'state the figure with its unit in the Component Breakdown, or list it under Open Questions when it is not known yet',
  },
  run(plan) {
    const findings: FindingDraft[] = [];
    const at = anchorOf(plan, ['components', 'target-state', 'current-state']);
    const openQuestions = openQuestionText(plan);
    for (const kind of quantityKinds) {
      const stated = plan.blocks.some((block) => kind.figure.test(block.text)) || plan.runs.some((run) => run.kind === 'inline-code' && kind.figure.test(run.text));
      if (stated || kind.topic.test(openQuestions)) continue;
      findings.push({ at, topic: kind.id, message: `no ${kind.label} figure with a unit anywhere in the plan`, fix: `state the ${kind.label} with its unit, e.g. ${kind.example}, or list it as an open question` });
    }
    for (const match of matchRuns(plan, unitlessFigure, ['text'])) {
      findings.push({ at: match.at, message: `"${match.text.trim()}" has no unit`, fix: 'add the unit (GiB, Mbit/s, €/month…) so the figure cannot be misread' });
    }
    return { status: 'checked', findings, checked: quantityKinds.length };
  },
});

function openQuestionText(plan: PlanDocument): string {
  const sections = plan.sectionsOf('assumptions');
  return plan.blocks
    .filter((block) => sections.some((section) => section.startLine <= block.position.line && block.position.line <= section.endLine))
    .map((block) => block.text)
    .join('\n');
}
