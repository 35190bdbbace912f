/**
 * Builds the report: every section builder in DESIGN.md order, shaped by the patterns in force, then
 * reviewed; a failed check that an open question can settle is revised (the question is added and the
 * draft rebuilt) and reviewed again. Pure: the same context gives the same report.
 */
import { remediesFor, reviewReport } from '../review/report-review.js';
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

/** Builds the reviewed report for `context`. */
export function buildReport(context: ReportContext, meta: ReportMeta): ReportModel {
  const firstDraft = draftSections(context);
  const firstChecks = reviewReport(reviewInput(firstDraft, context));
  const remedies = remediesFor(firstChecks);
  const finalContext: ReportContext = remedies.length > 0 ? { ...context, raisedQuestions: remedies.map((remedy) => remedy.question) } : context;
  const finalDraft = remedies.length > 0 ? draftSections(finalContext) : firstDraft;
  const checks = remedies.length > 0 ? reviewReport(reviewInput(finalDraft, finalContext)) : firstChecks;
  const revisions: ReviewRevision[] = remedies.map((remedy) => ({ check: remedy.check.title, before: remedy.check.detail, change: `added the open question: ${reportQuestions[remedy.question]}` }));
  const review: ReportReview = { passed: checks.every((check) => check.passed), checks, revisions };
  let sections: Section[] = [...finalDraft, buildSelfReview(review)];
  for (const id of context.patterns) sections = patternModules[id].shapeFinal?.(sections, finalContext, review) ?? sections;
  return {
    title: `Architecture report: ${context.model.site.name}`,
    site: context.model.site.name,
    ...(meta.date ? { date: meta.date } : {}),
    kestraVersion: meta.kestraVersion,
    invocation: {
      ...(context.task !== undefined ? { task: context.task } : {}),
      inputs: context.inputs,
      used: context.usedInput,
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
    assumptions: reportAssumptions(finalContext),
    openQuestions: reportOpenQuestions(finalContext),
    review,
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

function reviewInput(sections: readonly Section[], context: ReportContext) {
  return {
    sections,
    failureAnalysed: context.failure !== undefined,
    findingsAnalysed: context.findings !== undefined,
    openQuestions: reportOpenQuestions(context),
    ...(context.model.settings.requiredSections ? { requiredSections: context.model.settings.requiredSections } : {}),
  };
}
