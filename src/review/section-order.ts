/** Where each section belongs in a plan, so a finding about a missing one points where to add it. */
import type { PlanDocument } from './parse/plan-document.js';
import { type SectionKind, sectionLabels } from './parse/section-synonyms.js';
import type { PlanPosition } from './types.js';

/** Kestra's report order (DESIGN.md "Report"); synonyms of one slot share a rank. */
const order: readonly (readonly SectionKind[])[] = [
  ['summary'],
  ['current-state'],
  ['target-state'],
  ['architecture'],
  ['components'],
  ['options'],
  ['operational', 'security', 'observability'],
  ['risks'],
  ['prerequisites'],
  ['migration-path', 'action-steps'],
  ['validation'],
  ['rollback'],
  ['assumptions'],
  ['self-review'],
];

function rank(kind: SectionKind): number {
  return order.findIndex((slot) => slot.includes(kind));
}

/** The heading a missing section should go before (its position and a phrase for the fix), or the end of the plan. */
export function insertionPoint(plan: PlanDocument, kind: SectionKind): { at: PlanPosition; where: string } {
  const wanted = rank(kind);
  const after = plan.sections
    .filter((section) => section.heading.kinds.some((other) => rank(other) > wanted))
    .sort((a, b) => a.startLine - b.startLine)[0];
  if (after) return { at: after.heading.position, where: `before "${after.heading.text}" (line ${after.heading.position.line})` };
  const lines = plan.source.split('\n');
  let last = lines.length;
  while (last > 1 && (lines[last - 1] ?? '').trim() === '') last--;
  return { at: { line: last, column: 1 }, where: 'at the end of the plan' };
}

/** A readable list of section labels: "Action Steps or Migration Path". */
export function labelOf(kinds: readonly SectionKind[]): string {
  return kinds.map((kind) => sectionLabels[kind]).join(' or ');
}
