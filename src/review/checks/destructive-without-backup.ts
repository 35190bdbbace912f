import { matchCode, matchRuns, type PlanMatch } from '../find-in-plan.js';
import type { PlanDocument } from '../parse/plan-document.js';
import type { SectionKind } from '../parse/section-synonyms.js';
import { type FindingDraft, definePlanCheck } from '../types.js';
import { backupPattern, destructivePatterns } from '../vocabulary/destructive-commands.js';

export const destructiveWithoutBackup = definePlanCheck({
  meta: {
    id: 'plan/destructive-without-backup',
    title: 'Destructive commands come after a backup or snapshot',
    category: 'steps',
    severity: 'error',
    rationale: 'zpool destroy, wipefs, pvecm delnode, rm -rf, a reformat or a factory reset cannot be undone; without a verified backup or snapshot taken first, a typo loses data for good.',
    fix: 'add a step before it that takes a backup or snapshot (and verifies it restores), or explain why the data is disposable',
  },
  run(plan) {
    const found: { match: PlanMatch; label: string }[] = [];
    // A risk that says "a reformat loses data" describes; a step that says it acts.
    const inRunbook = (match: PlanMatch) => !plan.sectionsAt(match.at.line).some((section) => section.heading.kinds.some((kind) => descriptiveKinds.includes(kind)));
    for (const destructive of destructivePatterns) {
      const matches = [...matchRuns(plan, destructive.pattern, destructive.in === 'any' ? ['text', 'inline-code'] : ['inline-code']), ...matchCode(plan, destructive.pattern)];
      for (const match of matches) if (inRunbook(match)) found.push({ match, label: destructive.label });
    }
    if (found.length === 0) return { status: 'not-applicable', reason: 'the plan runs no destructive command' };
    const findings: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const { match, label } of found.sort((a, b) => a.match.at.line - b.match.at.line || a.match.at.column - b.match.at.column)) {
      const key = `${match.at.line}:${match.at.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (backupBefore(plan, match)) continue;
      findings.push({ at: match.at, message: `\`${match.text.trim()}\` — ${label} — is not preceded by a backup or snapshot step` });
    }
    return { status: 'checked', findings, checked: seen.size };
  },
});

const backupAfterward = /\bafter (?:taking|making|creating|verifying|checking) (?:a |the |an )?[^.]{0,30}\b(?:backup|snapshot|export)/i;

/** Sections that describe rather than instruct. */
const descriptiveKinds: readonly SectionKind[] = ['risks', 'current-state', 'options', 'assumptions', 'self-review', 'summary'];

/** True when a backup or snapshot is mentioned between the start of the runbook (or the match's own section) and the match. */
function backupBefore(plan: PlanDocument, match: PlanMatch): boolean {
  const offset = match.offset ?? plan.lineOffset(match.at.line);
  const runbookStarts = (['prerequisites', 'action-steps', 'migration-path'] as const)
    .flatMap((kind) => plan.sectionsOf(kind))
    .map((section) => section.startOffset)
    .filter((start) => start <= offset);
  const own = plan.sectionsAt(match.at.line);
  const start = runbookStarts.length > 0 ? Math.min(...runbookStarts) : (own[own.length - 1]?.startOffset ?? 0);
  if (backupPattern.test(plan.source.slice(start, offset))) return true;
  // "run `pvecm delnode pve4` after taking a config backup" puts the backup first in time, if not in text.
  const rest = plan.source.slice(offset, plan.source.indexOf('\n', offset) === -1 ? undefined : plan.source.indexOf('\n', offset));
  return backupAfterward.test(rest);
}
