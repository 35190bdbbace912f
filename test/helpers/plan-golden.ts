/** The golden form of a design and its plan: everything but the entity snapshots the changes carry. */
import type { DesignResult } from '../../src/design/design-result.js';
import type { Plan } from '../../src/plan/plan-types.js';

/** JSON of the design's decisions and the plan, stable and reviewable. */
export function planGolden(result: DesignResult, plan: Plan): string {
  return `${JSON.stringify(
    {
      task: result.task,
      mode: result.mode,
      matches: result.matches,
      constraints: result.constraints,
      designs: result.designs.map((design) => ({
        blueprint: design.blueprint,
        summary: design.summary,
        decisions: design.decisions.map((decision) => ({
          id: decision.id,
          choice: decision.choice,
          options: decision.options.map((option) => ({ id: option.id, viable: option.viable, whyNot: option.whyNot, figures: Object.fromEntries(option.figures.map((figure) => [figure.column, figure.fact.value])) })),
        })),
        mappings: design.mappings ?? [],
        risks: design.risks.map((risk) => risk.id),
      })),
      purchases: result.purchases,
      plan: { ...plan, changes: plan.changes.map(({ before: _before, after: _after, patches: _patches, ...change }) => change) },
    },
    null,
    2,
  )}\n`;
}
