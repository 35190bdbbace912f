/** The shared logic of the security and observability checks: a section of its own, or enough distinct terms. */
import { anchorOf, distinctTerms } from './find-in-plan.js';
import type { PlanDocument } from './parse/plan-document.js';
import type { SectionKind } from './parse/section-synonyms.js';
import type { CheckOutcome } from './types.js';
import { MIN_DISTINCT_TERMS } from './vocabulary/coverage-terms.js';

/** Passes when the plan has a `kind` section or names at least two distinct `terms`. */
export function coverageOutcome(plan: PlanDocument, kind: SectionKind, terms: RegExp, topic: string): CheckOutcome {
  if (plan.sectionsOf(kind).length > 0) return { status: 'checked', findings: [] };
  const found = [...distinctTerms(plan, terms)].sort();
  if (found.length >= MIN_DISTINCT_TERMS) return { status: 'checked', findings: [] };
  const mention = found.length === 0 ? 'never mentions' : `mentions only "${found[0]}" for`;
  return {
    status: 'checked',
    findings: [{ at: anchorOf(plan, ['operational', 'target-state']), message: `the plan ${mention} ${topic}` }],
  };
}
