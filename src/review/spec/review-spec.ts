/**
 * Builds what the review checks a plan against from Kestra's own analysis: the model, its facts,
 * and the single points of failure of the failure analysis, named by the spec entity a plan would
 * use (a host's disk or NIC counts as the host; a cable counts as the devices at its ends).
 */
import type { Analysis } from '../../analyze/run-analysis.js';
import { analyzeFailures, type FailureAnalysis, type Spof } from '../../failure/index.js';
import type { Model } from '../../model/types.js';
import type { ReviewSpec, SpofInput } from '../types.js';

/** The review's view of a site: model, facts and SPOFs (from `failure` when it already ran). */
export function reviewSpecOf(model: Model, analysis: Analysis, failure: FailureAnalysis = analyzeFailures(model, analysis)): ReviewSpec {
  return { model, analysis, spofs: spofInputsOf(failure.spofs) };
}

/** One entry per spec entity that is, or owns, a single point of failure, most critical first. */
export function spofInputsOf(spofs: readonly Spof[]): SpofInput[] {
  const inputs = new Map<string, SpofInput>();
  for (const spof of spofs) {
    // Links ("gw:lan1~sw1:port8") fail with the devices at their ends, which are listed on their own.
    if (spof.kind === 'link') continue;
    const id = spof.name.split('/')[0] ?? spof.name;
    if (inputs.has(id)) continue;
    const down = spof.takesDown;
    const takesDown = [...(down.workload ?? []), ...(down.vlan ?? []), ...(down.vpn ?? []), ...(down.internet ?? [])];
    inputs.set(id, { id, takesDown });
  }
  return [...inputs.values()];
}
