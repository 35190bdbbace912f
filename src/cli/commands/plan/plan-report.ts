/**
 * The report `kestra plan` writes, from loaded inputs to rendered text: shared by the CLI and the MCP
 * plan tool, so both give the same report for the same inputs. No I/O. This is the one place the
 * report's context is filled: the site analysis `kestra analyze` runs (facts, failure analysis, rules),
 * the design for the task (blueprints) or the target spec, the migration plan towards it, and what the
 * self-review cross-checks against.
 */
import type { DesignResult } from '../../../design/design-result.js';
import type { LoadResult } from '../../../intake/load-spec.js';
import type { PatternId } from '../../../intake/invocation/pattern-ids.js';
import type { Model } from '../../../model/types.js';
import type { Plan } from '../../../plan/plan-types.js';
import type { ReportModel } from '../../../report/report-model.js';
import type { RuleReport } from '../../../rules/engine.js';
import type { RuleSetup } from '../../../rules/config/rule-setup.js';
import { analyzeLoadedSite, type SiteAnalysis } from '../../site-analysis.js';

export type ReportFormat = 'md' | 'json' | 'html';

export interface PlanReportInput {
  /** The current state as loaded (several inputs merged into one model: intake/load-specs.ts), and the inputs' names as given. */
  readonly current: { readonly files: readonly string[]; readonly result: LoadResult & { readonly model: Model } };
  /** A spec of the desired state. */
  readonly target?: { readonly file: string; readonly model: Model };
  readonly task?: string;
  /** Undefined: the patterns the task calls for. */
  readonly patterns?: readonly PatternId[];
  /** Stamps the report, and is "today" for the judgements that age (waiver expiry, days since a restore test). */
  readonly date?: string;
  /** The rules and their settings, as `kestra analyze` would run them (see rules/config/rule-setup.ts). */
  readonly ruleSetup: RuleSetup;
}

/** Builds the report: site analysis, design or target, migration plan, patterns, self-review. */
export async function planReport(input: PlanReportInput): Promise<ReportModel> {
  const [{ buildReport }, { defaultPatterns, canonicalOrder }, adapters, { reviewSpecOf }, { VERSION }] = await Promise.all([
    import('../../../report/build-report.js'),
    import('../../../report/patterns/default-patterns.js'),
    import('../../../report/context-adapters.js'),
    import('../../../review/spec/review-spec.js'),
    import('../../../version.js'),
  ]);
  const { model } = input.current.result;
  const dates = input.date ? { ruleDate: input.date, asOf: input.date } : {};
  const site = await analyzeLoadedSite(input.current.result, input.ruleSetup, dates);
  const design = await designFor(input, site);
  const migration = design && design.mode !== 'review' ? await migrationTo(model, design, site) : undefined;
  // Findings the target no longer has are the design's to fix; the rest keep their remediation steps.
  const targetRules = design && design.mode !== 'review' ? await rulesOf(design, input, site) : undefined;
  const choice = input.patterns ? { patterns: canonicalOrder(input.patterns), reason: 'as asked' } : defaultPatterns(input.task, model);
  return buildReport(
    {
      model,
      assumptions: [...input.current.result.assumptions, ...site.failure.assumptions],
      analysis: site.analysis,
      findings: adapters.reportFindingsOf(site.rules, targetRules),
      rules: adapters.reportRulesOf(site.setup.rules, site.rules),
      failure: adapters.reportFailureOf(site.failure),
      reviewSpec: reviewSpecOf(model, site.analysis, site.failure),
      ...(design ? { design } : {}),
      ...(migration ? { migration } : {}),
      ...(input.date ? { asOf: input.date } : {}),
      ...(input.target ? { target: { file: input.target.file, model: input.target.model, analysis: design?.targetAnalysis ?? site.analysis } } : {}),
      ...(input.task !== undefined ? { task: input.task } : {}),
      patterns: choice.patterns,
      inputs: input.current.files,
    },
    { kestraVersion: VERSION, ...(input.date ? { date: input.date } : {}), patternSource: input.patterns ? 'given' : 'default', patternReason: choice.reason },
  );
}

/** The design: the target spec when one is given, else the blueprints the task calls for; none without either. */
async function designFor(input: PlanReportInput, site: SiteAnalysis): Promise<DesignResult | undefined> {
  if (input.target === undefined && input.task === undefined) return undefined;
  const { designTask, targetFromSpec } = await import('../../../design/design-task.js');
  const current = { model: input.current.result.model, analysis: site.analysis };
  return input.target ? targetFromSpec(input.target.model, current) : designTask(current.model, current.analysis, input.task ?? '');
}

/** The phased migration from the current state to the design's target, checked with the failure model. */
async function migrationTo(model: Model, design: DesignResult, site: SiteAnalysis): Promise<Plan> {
  const [{ planMigration }, { failureImpact }] = await Promise.all([import('../../../plan/plan-migration.js'), import('../../../plan/failure-impact.js')]);
  return planMigration(model, design.target, design.constraints, failureImpact, { purchases: design.purchases, validation: design.validation, analysis: site.analysis });
}

/** The rules run over the target, with the current state's rule setup and dates. */
async function rulesOf(design: DesignResult, input: PlanReportInput, site: SiteAnalysis): Promise<RuleReport> {
  const [{ analyzeFailures }, { runRules }] = await Promise.all([import('../../../failure/failure-analysis.js'), import('../../../rules/engine.js')]);
  const failure = analyzeFailures(design.target, design.targetAnalysis);
  return runRules({ model: design.target, analysis: design.targetAnalysis, failure, ...(input.date ? { date: input.date } : {}), rules: site.setup.rules, settings: site.setup.settings });
}

/** Renders the report: Markdown with ASCII diagrams, self-contained HTML with SVG, or JSON. */
export async function renderReport(report: ReportModel, format: ReportFormat): Promise<string> {
  const { diagramsOf } = await import('../../../report/diagrams-of.js');
  if (format === 'json') {
    const { renderJson } = await import('../../../render/json/render-json.js');
    return renderJson(report);
  }
  if (format === 'html') {
    const [{ renderSvgDiagrams }, { renderHtml }] = await Promise.all([import('../../../render/diagrams/render-diagrams.js'), import('../../../render/html/render-html.js')]);
    return renderHtml(report, await renderSvgDiagrams(diagramsOf(report)));
  }
  const [{ renderAsciiDiagrams }, { renderMarkdown }] = await Promise.all([import('../../../render/diagrams/render-diagrams.js'), import('../../../render/markdown/render-markdown.js')]);
  return renderMarkdown(report, await renderAsciiDiagrams(diagramsOf(report)));
}

/** The self-review checks the report failed, as "title (detail)", for a warning. */
export function failedReviewChecks(report: ReportModel): string[] {
  return report.review.checks.filter((check) => !check.passed).map((check) => `${check.title} (${check.detail})`);
}
