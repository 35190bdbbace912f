/**
 * The checks of the self-review that read the report model, for what its Markdown cannot show `kestra
 * lint`: every section of DESIGN.md in its order (and those the house style adds), the parts of a step
 * lint does not ask for (pre-checks, downtime, blast radius), and whether the failure analysis and the
 * rules ran at all. Everything else — sections, risks and mitigations, validation and rollback, SPOFs,
 * security, observability, figures — is lint's, run on the report's own Markdown (self-review.ts).
 */
import type { OpenQuestion } from '../model/types.js';
import type { ReportQuestionId } from '../report/report-questions.js';
import type { ReviewCheck, Section } from '../report/report-model.js';
import { sectionOrder, sectionTitles } from '../report/section-ids.js';

/** What the model checks look at: the draft's sections, whether the analyses ran, the open questions listed. */
export interface ReportCheckInput {
  readonly sections: readonly Section[];
  readonly failureAnalysed: boolean;
  readonly findingsAnalysed: boolean;
  readonly openQuestions: readonly OpenQuestion[];
  /** Extra sections the house style requires (settings.requiredSections), by id or title. */
  readonly requiredSections?: readonly string[];
}

/** A check, and the open question that makes its gap explicit when it fails for want of an analysis. */
interface ModelCheck {
  readonly id: string;
  readonly title: string;
  readonly run: (input: ReportCheckInput) => { passed: boolean; detail: string };
  readonly remedy?: ReportQuestionId;
}

const requiredIds = sectionOrder.filter((id) => id !== 'self-review');

const modelChecks: readonly ModelCheck[] = [
  {
    id: 'report/sections-in-order',
    title: 'Every report section present, in order (and the house style’s)',
    run: (input) => {
      const ids = input.sections.map((section) => section.id);
      const titles = input.sections.map((section) => section.title.toLowerCase());
      const missing = requiredIds.filter((id) => !ids.includes(id)).map((id) => sectionTitles[id]);
      const extra = (input.requiredSections ?? []).filter((name) => !ids.includes(name) && !titles.includes(name.toLowerCase()));
      const present = requiredIds.filter((id) => ids.includes(id));
      const ordered = present.every((id, index) => index === 0 || ids.indexOf(present[index - 1] ?? id) < ids.indexOf(id));
      if (missing.length + extra.length > 0) return { passed: false, detail: `missing: ${[...missing, ...extra].join(', ')}` };
      return { passed: ordered, detail: ordered ? `${present.length + (input.requiredSections?.length ?? 0)} sections` : 'sections out of order' };
    },
  },
  {
    id: 'report/step-details',
    title: 'Every step states its pre-checks, downtime and blast radius',
    run: (input) => {
      const steps = input.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'steps' ? block.steps : [])));
      const incomplete = steps.filter((step) => step.preChecks.length === 0 || step.downtime.length === 0 || step.blastRadius.length === 0);
      return { passed: incomplete.length === 0, detail: incomplete.length === 0 ? `${steps.length} steps` : `incomplete: steps ${incomplete.map((step) => step.id).join(', ')}` };
    },
  },
  {
    id: 'report/failure-analysis',
    title: 'Single points of failure computed by the failure analysis',
    remedy: 'report/failure-analysis',
    run: (input) => {
      if (input.failureAnalysed) return { passed: true, detail: 'from the failure analysis' };
      const listed = input.openQuestions.some((question) => question.id === 'report/failure-analysis');
      return { passed: listed, detail: listed ? 'no failure analysis ran: listed as an open question, failure domains drawn from the spec' : 'no failure analysis and no open question about it' };
    },
  },
  {
    id: 'report/rules',
    title: 'Guardrail findings computed by the rules',
    remedy: 'report/rules',
    run: (input) => {
      if (input.findingsAnalysed) return { passed: true, detail: 'from the rules' };
      const listed = input.openQuestions.some((question) => question.id === 'report/rules');
      return { passed: listed, detail: listed ? 'no rules ran: listed as an open question' : 'no rules ran and no open question about it' };
    },
  },
];

/** Runs every model check over the draft. */
export function reviewReportModel(input: ReportCheckInput): ReviewCheck[] {
  return modelChecks.map((check) => {
    const outcome = check.run(input);
    return { id: check.id, title: check.title, passed: outcome.passed, status: outcome.passed ? 'passed' : 'failed', source: 'report', detail: outcome.detail };
  });
}

/** The open question that settles a failed model check, if one does. */
export function modelRemedy(checkId: string): ReportQuestionId | undefined {
  return modelChecks.find((check) => check.id === checkId)?.remedy;
}
