/**
 * planMigration(current, target, constraints, impact): the phased runbook from the current to the
 * target model. diff → steps from templates → order by dependencies into phases → constraints checked
 * on every intermediate state with the injected failure model, fixed by bridges, evacuations and
 * reordering where possible, reported with the offending step where not. Pure; the JSON shape of the
 * result is documented in docs/plan-json.md.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { Purchase } from '../design/blueprint.js';
import type { PlanConstraints } from '../design/design-result.js';
import { totalCost } from '../design/design-task.js';
import { sortedCollections } from '../model/collections.js';
import type { Model } from '../model/types.js';
import { buildSteps, type PlannedStep } from './build-steps.js';
import { checkConstraints } from './check-constraints.js';
import { applyPatches } from './apply-patch.js';
import { changeDependencies } from './dependencies.js';
import { diff } from './diff.js';
import { orderSteps } from './order-steps.js';
import { phases, type ImpactFn, type Plan, type Step } from './plan-types.js';
import { resolveConstraints } from './resolve-constraints.js';

export interface PlanOptions {
  /** What the design buys; each rides on the step that adds the entity it is for. */
  readonly purchases?: readonly Purchase[];
  /** Checks for the closing verification step (the design's validation list). */
  readonly validation?: readonly string[];
  /** Analysis of the current model, for figures such as resilver times. */
  readonly analysis?: Analysis;
}

/** The migration plan from `current` to `target` under `constraints`, checked with `impact`. */
export function planMigration(givenCurrent: Model, givenTarget: Model, constraints: PlanConstraints, impact: ImpactFn, options: PlanOptions = {}): Plan {
  // Templates list entities in model order; sorting by key makes the plan independent of input order.
  const current = sortedCollections(givenCurrent);
  const target = sortedCollections(givenTarget);
  const changes = diff(current, target);
  const context = { current, target, changes, ...(options.analysis !== undefined ? { analysis: options.analysis } : {}) };
  const dependencies = changeDependencies(changes, current, target);
  const built = buildSteps(changes, dependencies, context, options.purchases ?? [], options.validation ?? []);
  const { ordered, cycles } = orderSteps(built.steps);
  const resolution = resolveConstraints(current, ordered, constraints, impact, context);
  // Bridges and evacuations insert steps where the violation was; ordering again puts preparation
  // steps back in their phase. The re-ordered plan is kept only if it checks as well.
  const reordered = orderSteps(resolution.steps).ordered;
  const recheck = checkConstraints(current, reordered, constraints, impact);
  const final = recheck.violations.length <= resolution.result.violations.length ? { steps: reordered, result: recheck } : resolution;
  const adjustments = [
    ...(cycles.length > 0 ? [`The requirements of ${cycles.join(', ')} formed a cycle; the cycle was broken by phase and name. Check those steps by hand.`] : []),
    ...resolution.adjustments,
  ];
  const steps = freeze(final.steps);
  const purchases = steps.flatMap((step) => step.purchases);
  return {
    changes: [...changes, ...final.steps.flatMap((step) => (step.synthetic !== undefined ? [step.synthetic] : []))],
    steps,
    phases: phases.map((phase) => ({ phase, steps: steps.filter((step) => step.phase === phase).map((step) => step.id) })).filter((entry) => entry.steps.length > 0),
    purchases,
    cost: totalCost(purchases),
    downtime: steps.reduce((sum, step) => sum + step.downtime, 0),
    duration: steps.reduce((sum, step) => sum + step.duration, 0),
    windowsNeeded: final.result.windowsNeeded,
    checks: final.result.checks,
    violations: final.result.violations.map(({ when: _when, ...violation }) => violation),
    adjustments,
    assumptions: [
      {
        id: 'plan/step-estimates',
        text: 'Step durations and downtimes are planning estimates stated with each step (its downtime basis); disk copies assume 100 MB/s unless a computed figure is cited.',
        sources: [],
      },
    ],
  };
}

/** The state before each step and the final state: the changes each step carries, applied in order. */
export function planStates(current: Model, plan: Pick<Plan, 'steps' | 'changes'>): Model[] {
  const byId = new Map(plan.changes.map((change) => [change.id, change]));
  const states = [current];
  let state = current;
  for (const step of plan.steps) {
    state = applyPatches(state, step.changes.flatMap((id) => byId.get(id)?.patches ?? []));
    states.push(state);
  }
  return states;
}

/** Numbers the steps and drops the planner's working fields; phases follow the final order. */
function freeze(planned: readonly PlannedStep[]): Step[] {
  const ids = new Set(planned.map((step) => step.id));
  let phaseRank = 0;
  return planned.map((step, index) => {
    // A step moved or bridged into a later position keeps phases monotonic in the printed plan.
    phaseRank = Math.max(phaseRank, phases.indexOf(step.phase));
    const { requires, patches: _patches, bridges: _bridges, changeId: _changeId, synthetic: _synthetic, bridge, purchases, ...body } = step;
    return {
      ...body,
      number: index + 1,
      phase: phases[phaseRank] ?? step.phase,
      requires: [...requires].filter((id) => ids.has(id)).sort(),
      purchases,
      ...(bridge !== undefined ? { bridge } : {}),
    };
  });
}
