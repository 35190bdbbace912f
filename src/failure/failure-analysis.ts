/** The whole failure analysis of a site in one call: graph, blast radii, SPOFs, scenarios, N+1 and availability. */
import type { Analysis } from '../analyze/run-analysis.js';
import { compareText } from '../intake/diagnostic.js';
import { formatPercent } from '../intake/units/index.js';
import { ratio } from '../model/quantities.js';
import type { Assumption, Model } from '../model/types.js';
import { defaultAvailabilities } from './availability-defaults.js';
import { type BlastRadius, blastRadii } from './blast-radius.js';
import { buildFailureGraph } from './build-graph.js';
import type { FailureGraph } from './graph.js';
import { nPlusOne, type NPlusOne } from './n-plus-one.js';
import { type Scenario, scenarios } from './scenarios.js';
import { type ServiceAvailability, serviceAvailability } from './service-availability.js';
import { singlePointsOfFailure, type Spof } from './spof.js';

/** Up to this many workloads, every one gets an availability figure; beyond, a subset of this size. */
export const AVAILABILITY_ALL_LIMIT = 100;
export const AVAILABILITY_SUBSET_SIZE = 50;

/** The workloads that matter most for availability: those with an SLO, else the critical ones. */
function availabilitySubset(model: Model): string[] {
  const withSlo = model.workloads.filter((workload) => workload.slo !== undefined);
  const chosen = withSlo.length > 0 ? withSlo : model.workloads.filter((workload) => workload.criticality === 'critical');
  return chosen.map((workload) => workload.id).sort(compareText).slice(0, AVAILABILITY_SUBSET_SIZE);
}

export interface FailureAnalysis {
  readonly graph: FailureGraph;
  /** Blast radius of every component, in graph order. */
  readonly radii: readonly BlastRadius[];
  readonly spofs: readonly Spof[];
  readonly scenarios: readonly Scenario[];
  readonly nPlusOne: NPlusOne;
  readonly availability: readonly ServiceAvailability[];
  readonly assumptions: readonly Assumption[];
}

/** Runs every part of the failure analysis of `model`. */
export function analyzeFailures(model: Model, analysis?: Analysis): FailureAnalysis {
  const graph = buildFailureGraph(model, analysis);
  const radii = blastRadii(graph);
  // Per-service availability costs up to a Monte Carlo run each; on large inventories only the services that
  // carry an SLO or are critical are computed, and the report says so.
  const selected = model.workloads.length <= AVAILABILITY_ALL_LIMIT ? undefined : availabilitySubset(model);
  const availability = serviceAvailability(graph, model, { samples: 20_000, ...(selected ? { services: selected } : {}) });
  const defaulted = [...new Set(graph.nodes.flatMap((node) => (node.availabilitySource?.startsWith('default ') ? [node.availabilitySource.slice('default '.length)] : [])))].sort(compareText);
  const availabilityAssumption: Assumption[] =
    availability.length > 0 && defaulted.length > 0
      ? [
          {
            id: 'failure/default-availability',
            text: `Service availability uses default component availabilities (${defaulted.map((key) => `${key} ${formatPercent(ratio(defaultAvailabilities[key]?.value ?? 1))}`).join(', ')}); set settings.availability or an entity's availability to use your own.`,
            sources: [],
          },
        ]
      : [];
  if (selected) {
    availabilityAssumption.push({
      id: 'failure/availability-subset',
      text: `With ${model.workloads.length} workloads, availability is computed for ${selected.length} of them: those with an SLO, else the critical ones (at most ${AVAILABILITY_SUBSET_SIZE}, by id).`,
      sources: [],
    });
  }
  const n1 = nPlusOne(model, analysis);
  const assumptions = new Map<string, Assumption>();
  for (const assumption of [...graph.assumptions, ...n1.assumptions, ...availabilityAssumption]) if (!assumptions.has(assumption.id)) assumptions.set(assumption.id, assumption);
  return {
    graph,
    radii,
    spofs: singlePointsOfFailure(graph, radii),
    scenarios: scenarios(model, graph),
    nPlusOne: n1,
    availability,
    assumptions: [...assumptions.values()].sort((a, b) => compareText(a.id, b.id)),
  };
}
