/**
 * The plan review: the persona's Output Expectations, Rules & Constraints and Failure Modes as
 * checks over any Markdown plan. `kestra lint` prints it; the `kestra plan` report runs it on its
 * own Markdown as its Self-Review. Pure: no I/O, no clock; never throws on any input string.
 */
import { compareText } from '../intake/diagnostic.js';
import { guardInput } from './parse/guard-input.js';
import { parsePlan } from './parse/parse-plan.js';
import type { PlanDocument } from './parse/plan-document.js';
import { sectionLabels } from './parse/section-synonyms.js';
import { planChecks, unreadableMeta } from './registry.js';
import { checkScore, summarizeScores } from './score.js';
import type { CheckMeta, CheckResult, LintFinding, LintResult, PlanCheck, ReviewOptions, Severity } from './types.js';

export type * from './types.js';
export { allPlanRuleMetas, planChecks } from './registry.js';
export { reviewSpecOf, spofInputsOf } from './spec/review-spec.js';
export { sectionSynonyms, sectionLabels, sectionKinds, type SectionKind } from './parse/section-synonyms.js';

/** Largest plan reviewed by default: about 150 printed pages; the parser needs seconds beyond that. */
export const DEFAULT_MAX_PLAN_LENGTH = 512 * 1024;
/** Relative difference between a stated and a computed figure that is still agreement. */
export const DEFAULT_FIGURE_TOLERANCE = 0.1;

/** Reviews a Markdown plan and returns every finding, each check's verdict and the scores. */
export function reviewPlanMarkdown(markdown: string, options: ReviewOptions = {}, checks: readonly PlanCheck[] = planChecks): LintResult {
  const text = typeof markdown === 'string' ? markdown : String(markdown);
  const maxLength = options.maxLength ?? DEFAULT_MAX_PLAN_LENGTH;
  if (text.length > maxLength) {
    return unreadableResult(checks, `the plan is ${text.length} characters long; at most ${maxLength} are reviewed`);
  }
  const guarded = guardInput(text);
  let plan: PlanDocument;
  try {
    plan = parsePlan(guarded.text);
  } catch (error) {
    // The parser recurses; input it cannot hold on the stack is reported, not thrown. Anything else is a bug.
    if (!(error instanceof RangeError)) throw error;
    return unreadableResult(checks, `the Markdown parser gave up: ${error.message}`);
  }
  const context = { tolerance: options.tolerance ?? DEFAULT_FIGURE_TOLERANCE, ...(options.spec ? { spec: options.spec } : {}) };
  const findings: LintFinding[] = guarded.skipped.map((skip) => finding(unreadableMeta, { line: skip.at.line, column: skip.at.column, message: `skipped: ${skip.reason}` }));
  const results: CheckResult[] = [];
  for (const check of checks) {
    let outcome;
    try {
      outcome = check.run(plan, context);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`while running check ${check.meta.id} on the plan: ${message}`, { cause: error });
    }
    const base = { id: check.meta.id, title: check.meta.title, category: check.meta.category, severity: check.meta.severity };
    if (outcome.status === 'not-applicable') {
      results.push({ ...base, status: 'not-applicable', reason: outcome.reason, findings: 0 });
      continue;
    }
    for (const draft of outcome.findings) {
      findings.push(finding(check.meta, { ...draft.at, message: draft.message, ...(draft.fix ? { fix: draft.fix } : {}), ...(draft.severity ? { severity: draft.severity } : {}), ...(draft.topic ? { topic: draft.topic } : {}) }));
    }
    results.push({ ...base, status: outcome.findings.length > 0 ? 'failed' : 'passed', findings: outcome.findings.length, score: checkScore(outcome.findings.length, outcome.checked) });
  }
  return {
    findings: sortFindings(findings),
    checks: results,
    scores: summarizeScores(results),
    counts: countSeverities(findings),
    sections: plan.sections
      .filter((section) => section.heading.kinds.length > 0)
      .map((section) => ({ kind: section.heading.kinds.map((kind) => sectionLabels[kind]).join(', '), heading: section.heading.text, line: section.startLine })),
    stats: { steps: plan.steps.length, risks: plan.risks.length, tables: plan.tables.length, codeBlocks: plan.codeBlocks.length },
  };
}

function finding(meta: CheckMeta, fields: { line: number; column: number; message: string; fix?: string; severity?: Severity; topic?: string }): LintFinding {
  return {
    ruleId: meta.id,
    severity: fields.severity ?? meta.severity,
    category: meta.category,
    line: Math.max(1, fields.line),
    column: Math.max(1, fields.column),
    message: fields.message,
    fix: fields.fix ?? meta.fix,
    ...(fields.topic ? { topic: fields.topic } : {}),
  };
}

function unreadableResult(checks: readonly PlanCheck[], reason: string): LintResult {
  const findings = [finding(unreadableMeta, { line: 1, column: 1, message: reason, severity: 'error' })];
  const results: CheckResult[] = checks.map((check) => ({
    id: check.meta.id,
    title: check.meta.title,
    category: check.meta.category,
    severity: check.meta.severity,
    status: 'not-applicable',
    reason: 'the plan could not be read',
    findings: 0,
  }));
  return { findings, checks: results, scores: { overall: 0, byCategory: summarizeScores([]).byCategory }, counts: countSeverities(findings), sections: [], stats: { steps: 0, risks: 0, tables: 0, codeBlocks: 0 } };
}

/** Sorted by line, column, rule id, message: output never depends on check order. */
function sortFindings(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message));
}

function countSeverities(findings: readonly LintFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of findings) counts[item.severity]++;
  return counts;
}
