/**
 * Builds the report: every section builder in DESIGN.md order, shaped by the patterns in force, then
 * reviewed as `kestra lint` reviews any plan; a failed check that an open question can settle is revised
 * (the question is added and the draft rebuilt) and reviewed again. Pure: the same context gives the same report.
 */
import type { ReportCheckInput } from '../review/report-review.js';
import { remediesFor, reviewDraft } from '../review/self-review.js';
import type { ReportContext } from './report-inputs.js';
import type { ReportModel, ReportReview, ReviewRevision, Section } from './report-model.js';
import { reportQuestions } from './report-questions.js';
import { buildActionSteps, stepsOf } from './sections/action-steps.js';
import { buildArchitectureNarrative } from './sections/architecture-narrative.js';
import { buildAssumptions, reportAssumptions, reportOpenQuestions } from './sections/assumptions.js';
import { buildComponentBreakdown } from './sections/component-breakdown.js';
import { buildCurrentState } from './sections/current-state.js';
import { buildOperationalConsiderations } from './sections/operational-considerations.js';
import { buildOptionsCompared } from './sections/options-compared.js';
import { buildRisks } from './sections/risks.js';
import { buildRollback } from './sections/rollback.js';
import { buildSelfReview } from './sections/self-review.js';
import { buildSummary } from './sections/summary.js';
import { buildTargetState } from './sections/target-state.js';
import { buildValidationChecklist } from './sections/validation-checklist.js';
import { patternModules } from './patterns/registry.js';

/** What the report says about how it was made. */
export interface ReportMeta {
  readonly kestraVersion: string;
  /** Printed only when given (--date). */
  readonly date?: string;
  readonly patternSource: 'given' | 'default';
  readonly patternReason: string;
}

/**
 * Builds the reviewed report for `context`: draft → review (the report's own Markdown through `kestra
 * lint`, with the spec) → fix what an open question settles → review again. The Self-Review shows the
 * final review and, with recursive-self-eval, the critique of the first draft and what changed.
 */
export function buildReport(context: ReportContext, meta: ReportMeta): ReportModel {
  const firstDraft = draftSections(context);
  const firstReview = reviewDraft(assemble(firstDraft, context, meta, undefined), checkInput(firstDraft, context), context.reviewSpec);
  const remedies = remediesFor(firstReview, checkInput(firstDraft, context));
  const questions = [...new Set(remedies.map((remedy) => remedy.question))];
  const finalContext: ReportContext = questions.length > 0 ? { ...context, raisedQuestions: questions } : context;
  const finalDraft = questions.length > 0 ? draftSections(finalContext) : firstDraft;
  const finalReview = questions.length > 0 ? reviewDraft(assemble(finalDraft, finalContext, meta, undefined), checkInput(finalDraft, finalContext), context.reviewSpec) : firstReview;
  const revisions: ReviewRevision[] = remedies.map((remedy) => ({ check: remedy.check.title, before: remedy.check.detail, change: `added the open question: ${reportQuestions[remedy.question]}` }));
  const review: ReportReview = {
    passed: finalReview.passed,
    checks: finalReview.checks,
    findings: finalReview.findings,
    score: finalReview.score,
    recognised: finalReview.recognised,
    critique: firstReview.findings,
    revisions,
  };
  let sections: Section[] = [...finalDraft, buildSelfReview(review, context)];
  for (const id of context.patterns) sections = patternModules[id].shapeFinal?.(sections, finalContext, review) ?? sections;
  return assemble(sections, finalContext, meta, review);
}

/** The report model around `sections`; a draft (no review yet) carries an empty, passing review. */
function assemble(sections: readonly Section[], context: ReportContext, meta: ReportMeta, review: ReportReview | undefined): ReportModel {
  return {
    title: `Architecture report: ${context.model.site.name}`,
    site: context.model.site.name,
    ...(meta.date ? { date: meta.date } : {}),
    kestraVersion: meta.kestraVersion,
    invocation: {
      ...(context.task !== undefined ? { task: context.task } : {}),
      inputs: context.inputs,
      used: context.inputs[0] ?? '',
      ...(context.target ? { target: context.target.file } : {}),
      patterns: context.patterns,
      patternSource: meta.patternSource,
      patternReason: meta.patternReason,
    },
    sections,
    facts: context.analysis?.facts ?? [],
    findings: context.findings ?? [],
    ...(context.failure ? { failure: context.failure } : {}),
    steps: stepsOf(sections),
    assumptions: reportAssumptions(context),
    openQuestions: reportOpenQuestions(context),
    review: review ?? { passed: true, checks: [], findings: [], score: 100, recognised: { sections: 0, steps: 0, risks: 0 }, critique: [], revisions: [] },
  };
}

/** Every section but the Self-Review, shaped by the patterns' draft stage. */
function draftSections(context: ReportContext): Section[] {
  const actionSteps = buildActionSteps(context);
  let sections: Section[] = [
    buildSummary(context),
    buildCurrentState(context),
    buildTargetState(context),
    buildArchitectureNarrative(context),
    buildComponentBreakdown(context),
    buildOptionsCompared(context),
    buildOperationalConsiderations(context),
    buildRisks(context),
    actionSteps,
    buildValidationChecklist(context),
    buildRollback(context, stepsOf([actionSteps])),
    buildAssumptions(context),
  ];
  for (const id of context.patterns) sections = patternModules[id].shapeDraft?.(sections, context) ?? sections;
  return sections;
}

function checkInput(sections: readonly Section[], context: ReportContext): ReportCheckInput {
  return {
    sections,
    failureAnalysed: context.failure !== undefined,
    findingsAnalysed: context.findings !== undefined,
    openQuestions: reportOpenQuestions(context),
    ...(context.model.settings.requiredSections ? { requiredSections: context.model.settings.requiredSections } : {}),
  };
}
