/** The failure analysis as stable JSON for `kestra analyze --format json` (key `failure`). */
import { compareRadii } from '../failure/blast-radius.js';
import type { FailureAnalysis } from '../failure/failure-analysis.js';
import type { Impact } from '../failure/impact.js';

/** One ad-hoc scenario: the text given and its impact. */
export interface AdHocScenario {
  readonly text: string;
  readonly impact: Impact;
}

/** The failure analysis as a JSON document (Infinity-free, deterministic order). */
export function failureJson(result: FailureAnalysis, adHoc?: AdHocScenario): Record<string, unknown> {
  const { graph } = result;
  return {
    graph: {
      nodes: graph.nodes.length,
      components: graph.nodes.filter((node) => node.failable).length,
      edges: graph.inputNode.length,
    },
    spofs: result.spofs.map((spof) => ({
      rank: spof.rank,
      component: spof.component,
      kind: spof.kind,
      ...(spof.detail !== undefined ? { detail: spof.detail } : {}),
      ...(spof.source ? { source: { file: spof.source.file, line: spof.source.line, column: spof.source.column } } : {}),
      takesDown: spof.takesDown,
      workloads: spof.workloads,
      size: spof.size,
      mitigation: spof.mitigation,
    })),
    blastRadii: [...result.radii].sort(compareRadii).map((radius) => ({ component: radius.component, size: radius.size, workloads: radius.workloads, down: radius.down })),
    scenarios: result.scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title, text: scenario.text, ...impactJson(scenario.impact) })),
    nPlusOne: result.nPlusOne.results,
    availability: result.availability,
    ...(adHoc ? { scenario: { text: adHoc.text, ...impactJson(adHoc.impact) } } : {}),
  };
}

function impactJson(impact: Impact): Record<string, unknown> {
  return { failed: impact.failed, down: impact.byKind, restarted: impact.restarted, cannotRestart: impact.cannotRestart };
}
