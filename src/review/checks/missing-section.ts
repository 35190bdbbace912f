import type { SectionKind } from '../parse/section-synonyms.js';
import { insertionPoint, labelOf } from '../section-order.js';
import { type FindingDraft, type Severity, definePlanCheck } from '../types.js';

/** Sections the persona's Output Expectations and Rules & Constraints require (Rollback has its own check). */
const requiredSections: readonly { kinds: readonly SectionKind[]; severity: Severity; about: string }[] = [
  { kinds: ['current-state'], severity: 'error', about: 'the baseline: what runs today, with its figures' },
  { kinds: ['target-state'], severity: 'error', about: 'the desired state the plan builds' },
  { kinds: ['architecture'], severity: 'warning', about: 'the architecture narrative: how the parts fit, layer by layer' },
  { kinds: ['components'], severity: 'warning', about: 'each component with its quantities (CPU, RAM, disks, links)' },
  { kinds: ['operational'], severity: 'warning', about: 'day-2 operations: updates, backups, capacity, who gets paged' },
  { kinds: ['risks'], severity: 'error', about: 'single points of failure, blast radius and mitigations' },
  { kinds: ['action-steps', 'migration-path'], severity: 'error', about: 'the migration path from current to target, as numbered steps' },
  { kinds: ['validation'], severity: 'warning', about: 'the validation and monitoring checklist that proves the change worked' },
];

export const missingSection = definePlanCheck({
  meta: {
    id: 'plan/missing-section',
    title: 'Every section the architect writes is present',
    category: 'structure',
    severity: 'error',
    rationale:
      'The persona always documents baseline, desired state and migration path, and produces Current State, Target State, Architecture Narrative, Component Breakdown, Operational Considerations, Risks, Action Steps and a validation/monitoring checklist.',
    fix: 'add the section under its usual heading ("## Current State", "## Risks", …); synonyms such as "Baseline" or "Runbook" count too',
  },
  run(plan) {
    const findings: FindingDraft[] = [];
    for (const required of requiredSections) {
      if (required.kinds.some((kind) => plan.sectionsOf(kind).length > 0)) continue;
      const kind = required.kinds[0] as SectionKind;
      const { at, where } = insertionPoint(plan, kind);
      findings.push({
        at,
        severity: required.severity,
        message: `no ${labelOf(required.kinds)} section: the plan never states ${required.about}`,
        fix: `add a "## ${labelOf([kind])}" section ${where} covering ${required.about}`,
      });
    }
    return { status: 'checked', findings, checked: requiredSections.length };
  },
});
