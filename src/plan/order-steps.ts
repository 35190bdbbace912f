/**
 * Orders steps by their requirements into phases. A step's phase is lifted to the latest phase of
 * what it requires, so phases never go backwards (a build step that needs a cut-over is part of the
 * cut-over). Among steps that are free to go, the earlier phase goes first, then the name: the order
 * never depends on input order. A requirement cycle is broken at the first step by that same order,
 * and reported.
 */
import { compareText } from '../intake/diagnostic.js';
import type { PlannedStep } from './build-steps.js';
import { phases, type Phase } from './plan-types.js';

const rank = (phase: Phase) => phases.indexOf(phase);

/** Steps in execution order, with lifted phases; `cycles` names the steps whose requirements formed a cycle. */
export function orderSteps(steps: readonly PlannedStep[]): { readonly ordered: PlannedStep[]; readonly cycles: readonly string[] } {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const requires = new Map(steps.map((step) => [step.id, [...step.requires].filter((id) => byId.has(id))]));
  const dependents = new Map<string, string[]>(steps.map((step) => [step.id, []]));
  for (const [id, needs] of requires) for (const need of needs) dependents.get(need)?.push(id);
  const waiting = new Map(steps.map((step) => [step.id, requires.get(step.id)?.length ?? 0]));
  const lifted = new Map(steps.map((step) => [step.id, rank(step.phase)]));
  const ready = steps.filter((step) => waiting.get(step.id) === 0).map((step) => step.id);
  const ordered: PlannedStep[] = [];
  const cycles: string[] = [];
  const key = (id: string) => lifted.get(id) ?? 0;
  const pick = (candidates: string[]): string => candidates.sort((a, b) => key(a) - key(b) || compareText(a, b)).shift() as string;
  const done = new Set<string>();
  while (ordered.length < steps.length) {
    let next: string;
    if (ready.length > 0) next = pick(ready);
    else {
      // A cycle: take the first remaining step by phase and name, ignoring its unmet requirements.
      const remaining = steps.map((step) => step.id).filter((id) => !done.has(id));
      next = pick(remaining);
      cycles.push(next);
    }
    done.add(next);
    const step = byId.get(next) as PlannedStep;
    step.phase = phases[key(next)] as Phase;
    ordered.push(step);
    for (const dependent of dependents.get(next) ?? []) {
      if (done.has(dependent)) continue;
      lifted.set(dependent, Math.max(key(dependent), key(next)));
      const left = (waiting.get(dependent) ?? 0) - 1;
      waiting.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
    const stale = ready.indexOf(next);
    if (stale >= 0) ready.splice(stale, 1);
  }
  return { ordered, cycles };
}
