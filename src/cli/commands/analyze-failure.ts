/** The failure part of `kestra analyze`: SPOF and blast-radius tables, scenarios, N+1, availability, and `--scenario` what-ifs. */
import type { FailureAnalysis } from '../../failure/failure-analysis.js';
import type { Assumption } from '../../model/types.js';

export interface FailureOutput {
  /** Sections for the terminal. */
  readonly sections: readonly string[];
  /** The `failure` key of the JSON output. */
  readonly json: Record<string, unknown>;
  readonly assumptions: readonly Assumption[];
  /** The analysis itself, for the rules that judge SPOFs and N+1. */
  readonly result: FailureAnalysis;
}

/** Collects repeated `--scenario` values. */
export function collectScenario(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/** Presents a failure analysis with the `--scenario` what-ifs; throws a UsageError (exit 2, nothing printed) for an unknown component in a scenario. */
export async function failureOutput(result: FailureAnalysis, scenarioTexts: readonly string[]): Promise<FailureOutput> {
  const { impact, parseScenario } = await import('../../failure/index.js');
  const { renderFailureText, renderImpactText } = await import('../../render/text/failure.js');
  const { failureJson } = await import('../../render/failure-json.js');
  const failed = new Set(scenarioTexts.flatMap((text) => parseScenario(text, result.graph).failed));
  const adHoc = scenarioTexts.length > 0 ? { text: scenarioTexts.join(' + '), impact: impact(result.graph, [...failed]) } : undefined;
  return {
    sections: [...(adHoc ? [renderImpactText(result.graph, adHoc.text, adHoc.impact)] : []), renderFailureText(result)],
    json: failureJson(result, adHoc),
    assumptions: result.assumptions,
    result,
  };
}
