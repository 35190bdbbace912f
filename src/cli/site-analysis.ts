/**
 * The analysis `kestra analyze`, `kestra plan` and the MCP plan tool share: the analyzers' facts, the
 * failure analysis and the rule run with waivers and severity overrides. One code path, so a plan's
 * findings are the findings `analyze` reports. `analyzeLoadedSite` is pure; `analyzeSite` first reads
 * the rule configuration (kestra.config.yaml, --config, --rules) as the CLI does.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { FailureAnalysis } from '../failure/failure-analysis.js';
import type { LoadResult } from '../intake/load-spec.js';
import type { Model } from '../model/types.js';
import type { RuleReport } from '../rules/engine.js';
import { prepareRules } from './analyze-findings.js';
import type { Io } from './io.js';
import type { RuleSetup } from '../rules/config/rule-setup.js';

/** A loaded, valid spec. */
export type LoadedSpec = LoadResult & { readonly model: Model };

export interface SiteDates {
  /** The day rules judge dates against (waiver expiry, restore tests); none: date-dependent judgements are not made. */
  readonly ruleDate?: string;
  /** The day facts that age are computed for (days since a restore test); none: they are open questions. */
  readonly asOf?: string;
}

export interface SiteAnalysisOptions extends SiteDates {
  readonly config?: string;
  readonly rules?: readonly string[];
}

export interface SiteAnalysis {
  /** The analyzers' facts, with the input's own open questions (a Markdown inventory's gaps) first. */
  readonly analysis: Analysis;
  readonly failure: FailureAnalysis;
  readonly setup: RuleSetup;
  readonly rules: RuleReport;
}

/** Reads the rule configuration, then analyzes; undefined when the configuration is broken (already reported). */
export async function analyzeSite(io: Io, loaded: LoadedSpec, options: SiteAnalysisOptions): Promise<SiteAnalysis | undefined> {
  const setup = await prepareRules(io, loaded.model, { ...(options.config ? { config: options.config } : {}), ...(options.rules ? { rules: options.rules } : {}) });
  return setup ? analyzeLoadedSite(loaded, setup, options) : undefined;
}

/** Facts, failure analysis and rules over a loaded spec with a rule setup. Pure. */
export async function analyzeLoadedSite(loaded: LoadedSpec, setup: RuleSetup, dates: SiteDates): Promise<SiteAnalysis> {
  const [{ runAnalysis }, { builtInAnalyzers }, { analyzeFailures }, { runRules }] = await Promise.all([
    import('../analyze/run-analysis.js'),
    import('../analyze/registry.js'),
    import('../failure/failure-analysis.js'),
    import('../rules/engine.js'),
  ]);
  const computed = runAnalysis(loaded.model, builtInAnalyzers, dates.asOf === undefined ? {} : { asOf: dates.asOf });
  const analysis: Analysis = { ...computed, openQuestions: [...(loaded.openQuestions ?? []), ...computed.openQuestions] };
  const failure = analyzeFailures(loaded.model, analysis);
  const rules = runRules({
    model: loaded.model,
    analysis,
    failure,
    ...(dates.ruleDate === undefined ? {} : { date: dates.ruleDate }),
    diagnostics: loaded.diagnostics,
    rules: setup.rules,
    settings: setup.settings,
  });
  return { analysis, failure, setup, rules };
}
