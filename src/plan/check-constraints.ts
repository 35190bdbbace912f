/**
 * Checks a step order against the constraints, state by state: each step's patches give the next
 * state; the failure model runs on the state before the step with what the step takes down (its
 * disruptions and what it removes) and on the state after it. A protected VLAN or workload that is
 * down in either breaks its zero-downtime constraint at that step. The budget is checked on the
 * running total of purchases, the maintenance window on each disruptive step's duration.
 */
import type { PlanConstraints } from '../design/design-result.js';
import { formatDuration, formatMoney } from '../intake/units/index.js';
import { seconds } from '../model/quantities.js';
import type { Model } from '../model/types.js';
import { applyPatches } from './apply-patch.js';
import type { PlannedStep } from './build-steps.js';
import { nodeIdOf, scopeNodeId } from './entity-nodes.js';
import { longestWindow, windowsNeeded } from './maintenance-window.js';
import type { ConstraintCheck, ImpactFn, Violation } from './plan-types.js';

/** A violation with where it arises: while the step runs, or in the state it leaves. */
export interface FoundViolation extends Violation {
  readonly when?: 'during' | 'after';
}

export interface CheckResult {
  readonly violations: readonly FoundViolation[];
  readonly checks: readonly ConstraintCheck[];
  /** The state before each step, and the final state last (steps.length + 1 entries). */
  readonly states: readonly Model[];
  readonly windowsNeeded: number;
}

/** What a step takes down while it runs: its own disruptions and the entities it removes. */
export function failedDuring(step: PlannedStep): string[] {
  const removed = step.patches.flatMap((patch) => (patch.op === 'remove' ? [nodeIdOf(patch.collection, patch.key)] : [])).filter((id): id is string => id !== undefined);
  return [...new Set([...step.disrupts, ...removed])];
}

/** Checks `steps` (in order) from `current` against `constraints` with the failure model `impact`. */
export function checkConstraints(current: Model, steps: readonly PlannedStep[], constraints: PlanConstraints, impact: ImpactFn): CheckResult {
  const violations: FoundViolation[] = [];
  const states: Model[] = [current];
  const protectedScopes = constraints.zeroDowntime.map((scope) => ({ scope, node: scopeNodeId(current, scope) }));
  const initiallyDown = new Set(impact(current, []));
  for (const { scope, node } of protectedScopes) {
    if (node === undefined) violations.push({ constraint: 'zero-downtime', stepId: 'plan', scope, message: `zero-downtime scope "${scope}" names no VLAN, workload, host or device of the current spec, so it cannot be checked` });
  }
  let state = current;
  let spent = 0;
  let budgetBroken = false;
  for (const step of steps) {
    const after = applyPatches(state, step.patches);
    const during = new Set(impact(state, failedDuring(step)));
    const afterDown = new Set(impact(after, []));
    for (const { scope, node } of protectedScopes) {
      if (node === undefined || initiallyDown.has(node)) continue;
      const when = during.has(node) ? 'during' : afterDown.has(node) ? 'after' : undefined;
      if (when === undefined) continue;
      const down = [...(when === 'during' ? during : afterDown)].sort();
      const cause = when === 'during' ? `while it runs it takes down ${failedDuring(step).join(', ') || 'nothing directly'}` : 'the state it leaves has no working path for it';
      violations.push({ constraint: 'zero-downtime', stepId: step.id, scope, when, message: `step "${step.title}" breaks zero downtime for ${scope}: ${cause}; down: ${down.join(', ')}`, down });
    }
    const budget = constraints.budget;
    for (const purchase of step.purchases) {
      if (budget === undefined || budgetBroken) continue;
      if (purchase.cost.currency !== budget.currency) {
        budgetBroken = true;
        violations.push({ constraint: 'budget', stepId: step.id, scope: formatMoney(budget), message: `purchase "${purchase.item}" is priced in ${purchase.cost.currency} and the budget in ${budget.currency}; give the price in ${budget.currency} to check it` });
        continue;
      }
      spent += purchase.cost.amount;
      if (spent > budget.amount + 1e-9) {
        budgetBroken = true;
        violations.push({ constraint: 'budget', stepId: step.id, scope: formatMoney(budget), message: `step "${step.title}" brings the spending to ${formatMoney({ amount: spent, currency: budget.currency })}, over the budget of ${formatMoney(budget)} (it buys ${purchase.quantity} × ${purchase.item} for ${formatMoney(purchase.cost)})` });
      }
    }
    states.push(after);
    state = after;
  }
  const longest = longestWindow(constraints.maintenanceWindows);
  const disruptive = steps.filter((step) => step.downtime > 0);
  if (longest !== undefined) {
    for (const step of disruptive) {
      if (step.duration > longest) {
        violations.push({ constraint: 'maintenance-window', stepId: step.id, scope: constraints.maintenanceWindows.join(', '), message: `step "${step.title}" interrupts service and takes ${formatDuration(seconds(step.duration))}, longer than the longest maintenance window (${formatDuration(seconds(longest))})` });
      }
    }
  }
  const checks: ConstraintCheck[] = [
    ...protectedScopes.map(({ scope }) => ({ constraint: 'zero-downtime' as const, scope, satisfied: !violations.some((violation) => violation.constraint === 'zero-downtime' && violation.scope === scope), method: `failure-model impact on the state before and after each of ${steps.length} steps` })),
    ...(constraints.budget !== undefined ? [{ constraint: 'budget' as const, scope: formatMoney(constraints.budget), satisfied: !budgetBroken, method: `running total of purchases over ${steps.length} steps` }] : []),
    ...(longest !== undefined ? [{ constraint: 'maintenance-window' as const, scope: constraints.maintenanceWindows.join(', '), satisfied: !violations.some((violation) => violation.constraint === 'maintenance-window'), method: `${disruptive.length} disruptive step(s) against the longest window` }] : []),
  ];
  return { violations, checks, states, windowsNeeded: longest === undefined || disruptive.length === 0 ? 0 : windowsNeeded(disruptive.map((step) => step.duration), longest) };
}
