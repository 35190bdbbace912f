import { definePlanCheck } from '../types.js';

/** "Step 3", "steps 2–4", "#5": how a rollback section points at particular steps. */
const stepReference = /\bsteps?\s*#?\s*(\d{1,4})(?:\s*(?:-|–|to|and|&|,)\s*#?(\d{1,4}))?|#(\d{1,4})\b/gi;

export const stepWithoutRollback = definePlanCheck({
  meta: {
    id: 'plan/step-without-rollback',
    title: 'Every step can be undone',
    category: 'steps',
    severity: 'warning',
    rationale: 'A runbook step needs its way back. A Rollback section that walks through particular steps must cover all of them.',
    fix: 'add "Rollback: …" to the step, or cover its number in the Rollback section',
  },
  run(plan) {
    if (plan.steps.length === 0) return { status: 'not-applicable', reason: 'the plan has no action steps' };
    const sections = plan.sectionsOf('rollback');
    if (sections.length === 0) return { status: 'not-applicable', reason: 'no Rollback section; plan/missing-rollback reports it' };
    const covered = new Set<number>();
    let referencesSteps = false;
    for (const block of plan.blocks) {
      if (!sections.some((section) => section.startLine <= block.position.line && block.position.line <= section.endLine)) continue;
      for (const match of block.text.matchAll(stepReference)) {
        referencesSteps = true;
        const first = Number(match[1] ?? match[3]);
        const last = match[2] === undefined ? first : Number(match[2]);
        for (let number = first; number <= Math.min(last, first + 500); number++) covered.add(number);
      }
    }
    // A Rollback section that never names a step is general guidance: it covers every step.
    if (!referencesSteps) return { status: 'checked', findings: [], checked: plan.steps.length };
    const findings = plan.steps
      .filter((step) => !step.hasRollback && (step.number === undefined || !covered.has(step.number)))
      .map((step) => ({
        at: step.position,
        message: `step${step.number === undefined ? '' : ` ${step.number}`} has no rollback, and the Rollback section does not cover it`,
      }));
    return { status: 'checked', findings, checked: plan.steps.length };
  },
});
