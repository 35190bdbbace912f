import { definePlanCheck } from '../types.js';

/** "Step 3", "steps 2–4", "#5", "step 1.2": how a rollback section points at particular steps. */
const stepReference = /\bsteps?\s*#?\s*(\d{1,4}(?:\.\d{1,4})*)(?:\s*(?:-|–|to|and|&|,)\s*#?(\d{1,4}(?:\.\d{1,4})*))?|#(\d{1,4})\b/gi;

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
    // Step numbers as written ("3", "1.2"); a range of whole numbers ("steps 2–4") covers each.
    const covered = new Set<string>();
    let referencesSteps = false;
    for (const block of plan.blocks) {
      if (!sections.some((section) => section.startLine <= block.position.line && block.position.line <= section.endLine)) continue;
      for (const match of block.text.matchAll(stepReference)) {
        referencesSteps = true;
        const first = match[1] ?? match[3] ?? '';
        const last = match[2];
        covered.add(first);
        if (last !== undefined && /^\d+$/.test(first) && /^\d+$/.test(last)) for (let number = Number(first); number <= Math.min(Number(last), Number(first) + 500); number++) covered.add(String(number));
        else if (last !== undefined) covered.add(last);
      }
    }
    // A Rollback section that never names a step is general guidance: it covers every step.
    if (!referencesSteps) return { status: 'checked', findings: [], checked: plan.steps.length };
    const parts = (step: (typeof plan.steps)[number]) => step.numbering ?? (step.number === undefined ? [] : [step.number]);
    const label = (step: (typeof plan.steps)[number]) => parts(step).join('.');
    // "step 1" also covers a step numbered 1.2, as it did before dotted numbers were read.
    const isCovered = (step: (typeof plan.steps)[number]) => parts(step).some((_, index) => covered.has(parts(step).slice(0, index + 1).join('.')));
    const findings = plan.steps
      .filter((step) => !step.hasRollback && (step.number === undefined || !isCovered(step)))
      .map((step) => ({
        at: step.position,
        message: `step${step.number === undefined ? '' : ` ${label(step)}`} has no rollback, and the Rollback section does not cover it`,
      }));
    return { status: 'checked', findings, checked: plan.steps.length };
  },
});
