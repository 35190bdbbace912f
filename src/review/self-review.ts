/**
 * The report's self-review is `kestra lint`: the draft is rendered to Markdown and reviewed by
 * `reviewPlanMarkdown` with the same checks, and the same spec cross-check (names, figures, SPOFs) as
 * `kestra lint --spec` — one implementation, two uses. The few checks that need the report model rather
 * than its Markdown are added from report-review.ts. Pure; the diagrams are reviewed as their Mermaid
 * source (drawing them is the renderers' business), so the review is the same for every output format.
 */
import type { ReportQuestionId } from '../report/report-questions.js';
import type { ReportModel, ReviewCheck, ReviewFinding } from '../report/report-model.js';
import { renderMarkdown } from '../render/markdown/render-markdown.js';
import { reviewPlanMarkdown } from './index.js';
import { type ReportCheckInput, modelRemedy, reviewReportModel } from './report-review.js';
import type { LintFinding, LintResult, ReviewSpec } from './types.js';

/** One review of a draft: lint's verdicts and findings, and the model checks. */
export interface DraftReview {
  readonly checks: readonly ReviewCheck[];
  readonly findings: readonly ReviewFinding[];
  readonly score: number;
  readonly recognised: { readonly sections: number; readonly steps: number; readonly risks: number };
  readonly passed: boolean;
}

/** A failed check the report can settle itself, and how: by asking the open question that states the gap. */
export interface Remedy {
  readonly check: ReviewCheck;
  readonly question: ReportQuestionId;
}

/** Reviews `draft` (a report without its Self-Review) as `kestra lint --spec` would, plus the model checks. */
export function reviewDraft(draft: ReportModel, model: ReportCheckInput, spec?: ReviewSpec): DraftReview {
  const markdown = renderMarkdown(draft, new Map());
  const lint = reviewPlanMarkdown(markdown, spec ? { spec } : {});
  const sectionAt = sectionLocator(markdown);
  const findings = lint.findings.map((finding): ReviewFinding => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, fix: finding.fix, section: sectionAt(finding.line), ...(finding.topic ? { topic: finding.topic } : {}) }));
  const checks = [...lintChecks(lint), ...reviewReportModel(model)];
  return {
    checks,
    findings,
    score: lint.scores.overall,
    recognised: { sections: lint.sections.length, steps: lint.stats.steps, risks: lint.stats.risks },
    passed: checks.every((check) => check.passed),
  };
}

/** Each failed check an open question settles, with that question; a gap the report cannot settle stays a failure. */
export function remediesFor(review: DraftReview, model: ReportCheckInput): Remedy[] {
  const remedies: Remedy[] = [];
  for (const check of review.checks) {
    if (check.passed) continue;
    const question = check.source === 'report' ? modelRemedy(check.id) : undefined;
    if (question) remedies.push({ check, question });
  }
  // A figure kind lint finds nowhere becomes the question that asks for it.
  for (const finding of review.findings) {
    const topic = finding.topic;
    if (finding.ruleId !== 'plan/no-quantities' || topic === undefined || finding.severity === 'info') continue;
    const check = review.checks.find((candidate) => candidate.id === finding.ruleId);
    if (check) remedies.push({ check: { ...check, detail: finding.message }, question: `report/figures/${topic}` as ReportQuestionId });
  }
  // SPOFs the spec has and the report does not name, when no failure analysis ran: say so instead.
  if (!model.failureAnalysed && review.checks.some((check) => (check.id === 'plan/unmentioned-spof' || check.id === 'plan/spof-not-named') && !check.passed)) {
    const check = review.checks.find((candidate) => candidate.id === 'plan/unmentioned-spof' && !candidate.passed) ?? review.checks.find((candidate) => candidate.id === 'plan/spof-not-named');
    if (check && !remedies.some((remedy) => remedy.question === 'report/failure-analysis')) remedies.push({ check, question: 'report/failure-analysis' });
  }
  return remedies;
}

/** Lint's verdict per check: passed unless it found something above info. */
function lintChecks(lint: LintResult): ReviewCheck[] {
  return lint.checks.map((result) => {
    const own = lint.findings.filter((finding) => finding.ruleId === result.id);
    const serious = own.filter((finding) => finding.severity !== 'info');
    const detail =
      result.status === 'not-applicable'
        ? `not applicable: ${result.reason ?? ''}`
        : own.length === 0
          ? 'no finding'
          : `${own.length} finding${own.length === 1 ? '' : 's'} (${describe(own)}): ${own[0]?.message ?? ''}${own.length > 1 ? ' …' : ''}`;
    return { id: result.id, title: result.title, passed: serious.length === 0, status: result.status, source: 'lint', detail };
  });
}

function describe(findings: readonly LintFinding[]): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}

/** The title of the `##` section each line of `markdown` falls in. */
function sectionLocator(markdown: string): (line: number) => string {
  const starts: { line: number; title: string }[] = [];
  markdown.split('\n').forEach((text, index) => {
    const match = /^## (.+)$/.exec(text);
    if (match?.[1]) starts.push({ line: index + 1, title: match[1].replace(/\\(.)/g, '$1') });
  });
  return (line) => [...starts].reverse().find((start) => start.line <= line)?.title ?? 'header';
}
