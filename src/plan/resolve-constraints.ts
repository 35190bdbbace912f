/**
 * Makes an order satisfy its zero-downtime constraints where it can, one violation at a time:
 * 1. a step that takes a protected scope down while it runs is replaced by its template's bridge
 *    (make-before-break) when it has one;
 * 2. a step that takes a host down while protected guests run there gets a bridge of its own: the
 *    guests migrate to another node of their cluster first and come back after;
 * 3. a step whose resulting state breaks a scope is moved later, past steps that do not depend on it,
 *    to the first place where the scope holds.
 * What cannot be fixed stays a violation, which the plan reports with the step and the reason.
 */
import type { PlanConstraints } from '../design/design-result.js';
import { findEntity } from '../model/collections.js';
import type { Model, Workload } from '../model/types.js';
import { stepFromDraft, type PlannedStep } from './build-steps.js';
import { checkConstraints, type CheckResult, type FoundViolation } from './check-constraints.js';
import type { Change, ImpactFn, Patch } from './plan-types.js';
import { applyingIndex } from './build-steps.js';
import { templateFor } from './templates/registry.js';
import type { TemplateContext } from './templates/step-draft.js';

export interface Resolution {
  readonly steps: PlannedStep[];
  readonly result: CheckResult;
  readonly adjustments: readonly string[];
}

const MAX_ROUNDS = 200;

/** Applies bridges, evacuations and moves until no fixable zero-downtime violation is left. */
export function resolveConstraints(current: Model, initial: readonly PlannedStep[], constraints: PlanConstraints, impact: ImpactFn, context: TemplateContext): Resolution {
  let steps = [...initial];
  const adjustments: string[] = [];
  const givenUp = new Set<string>();
  let result = checkConstraints(current, steps, constraints, impact);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const violation = result.violations.find((found) => found.constraint === 'zero-downtime' && found.stepId !== 'plan' && !givenUp.has(`${found.stepId}|${found.scope}`));
    if (violation === undefined) break;
    const index = steps.findIndex((step) => step.id === violation.stepId);
    const step = steps[index] as PlannedStep;
    const state = result.states[index] as Model;
    const scopes = [...new Set(result.violations.filter((found) => found.stepId === violation.stepId && found.constraint === 'zero-downtime').map((found) => found.scope))];
    const attempt = bridge(steps, index, step, violation, scopes) ?? evacuate(steps, index, step, state, violation, context) ?? moveLater(current, steps, index, violation, constraints, impact);
    if (attempt === undefined) {
      givenUp.add(`${violation.stepId}|${violation.scope}`);
      continue;
    }
    const next = checkConstraints(current, attempt.steps, constraints, impact);
    if (zeroDowntimeCount(next) >= zeroDowntimeCount(result) && attempt.kind !== 'bridge') {
      givenUp.add(`${violation.stepId}|${violation.scope}`);
      continue;
    }
    steps = attempt.steps;
    result = next;
    adjustments.push(attempt.note);
    // A move becomes a requirement, so re-ordering the plan later keeps it.
    if (attempt.requirement !== undefined) attempt.requirement.step.requires.add(attempt.requirement.after);
  }
  return { steps, result, adjustments };
}

function zeroDowntimeCount(result: CheckResult): number {
  return result.violations.filter((violation) => violation.constraint === 'zero-downtime').length;
}

interface Attempt {
  readonly kind: 'bridge' | 'evacuate' | 'move';
  readonly steps: PlannedStep[];
  readonly note: string;
  readonly requirement?: { readonly step: PlannedStep; readonly after: string };
}

function bridge(steps: readonly PlannedStep[], index: number, step: PlannedStep, violation: FoundViolation, scopes: readonly string[]): Attempt | undefined {
  if (violation.when !== 'during' || step.bridges === undefined || step.bridges.length === 0) return undefined;
  const [option, ...rest] = step.bridges;
  if (option === undefined) return undefined;
  const applies = applyingIndex(option.steps);
  const replacement: PlannedStep[] = option.steps.map((draft, position) => {
    const mine = position === applies;
    const id = mine ? step.id : `${step.changeId ?? step.id}/${draft.key || `bridge-${position}`}`;
    const planned = stepFromDraft({ ...draft, phase: draft.phase ?? step.phase, ...(mine && rest.length > 0 ? { bridges: rest } : {}) }, id, undefined, false, { bridge: { for: step.id, reason: option.reason } });
    return { ...planned, changes: mine ? step.changes : [], subjects: step.subjects, patches: mine ? step.patches : [], purchases: mine ? step.purchases : [], ...(step.changeId !== undefined ? { changeId: step.changeId } : {}) };
  });
  replacement.forEach((planned, position) => {
    if (position === 0) for (const need of step.requires) planned.requires.add(need);
    else planned.requires.add((replacement[position - 1] as PlannedStep).id);
  });
  return { kind: 'bridge', steps: [...steps.slice(0, index), ...replacement, ...steps.slice(index + 1)], note: `Step "${step.title}" would take ${scopes.join(', ')} down while it runs; replaced by a bridge: ${option.reason}.` };
}

function evacuate(steps: readonly PlannedStep[], index: number, step: PlannedStep, state: Model, violation: FoundViolation, context: TemplateContext): Attempt | undefined {
  if (violation.when !== 'during') return undefined;
  const hosts = step.disrupts.filter((id) => id.startsWith('host:')).map((id) => id.slice('host:'.length));
  // Every guest of the host that goes down with it moves, as an admin empties a node before maintenance.
  const guests = state.workloads.filter((workload) => workload.host !== undefined && hosts.includes(workload.host) && workload.runsOn === undefined && (workload.kind === 'vm' || workload.kind === 'ct') && violation.down?.includes(`workload:${workload.id}`) === true);
  if (guests.length === 0) return undefined;
  const away: PlannedStep[] = [];
  const back: PlannedStep[] = [];
  for (const guest of guests) {
    const target = otherNode(state, guest, hosts);
    if (target === undefined) return undefined;
    const moved = movedTo(state, guest, target);
    const outbound = syntheticMigration(guest, moved, `evacuate/${guest.id}/${step.id}`);
    const inbound = syntheticMigration(moved, guest, `return/${guest.id}/${step.id}`);
    const reason = `keep ${guest.id} up while ${hosts.join(', ')} is down`;
    for (const [change, list, model] of [[outbound, away, state], [inbound, back, applyMigration(state, outbound)]] as const) {
      const drafts = templateFor('workload.migrate')(change, { ...context, current: model });
      const draft = drafts[applyingIndex(drafts)];
      if (draft === undefined) return undefined;
      list.push(stepFromDraft({ ...draft, phase: step.phase }, change.id, change, true, { bridge: { for: step.id, reason }, synthetic: change }));
    }
  }
  for (const [position, planned] of away.entries()) {
    if (position === 0) for (const need of step.requires) planned.requires.add(need);
    else planned.requires.add((away[position - 1] as PlannedStep).id);
  }
  step.requires.add((away[away.length - 1] as PlannedStep).id);
  for (const planned of back) planned.requires.add(step.id);
  return {
    kind: 'evacuate',
    steps: [...steps.slice(0, index), ...away, step, ...back, ...steps.slice(index + 1)],
    note: `Step "${step.title}" takes ${hosts.join(', ')} down; ${guests.map((guest) => guest.id).join(', ')} migrate to another node first and return after it.`,
  };
}

function otherNode(state: Model, guest: Workload, away: readonly string[]): string | undefined {
  const cluster = state.clusters.proxmox.find((candidate) => candidate.nodes.some((node) => node.host === guest.host));
  return cluster?.nodes.map((node) => node.host).filter((host) => !away.includes(host)).sort()[0];
}

/** The guest on `target`, its disk moved to the pool of the same name there when it was on local ZFS. */
function movedTo(state: Model, guest: Workload, target: string): Workload {
  const pool = state.storage.zfs.find((candidate) => candidate.id === guest.storage);
  if (pool === undefined || pool.host === target) return { ...guest, host: target };
  const twin = state.storage.zfs.find((candidate) => candidate.host === target && (candidate.name ?? candidate.id) === (pool.name ?? pool.id)) ?? state.storage.zfs.find((candidate) => candidate.host === target);
  return { ...guest, host: target, ...(twin !== undefined ? { storage: twin.id } : {}) };
}

function syntheticMigration(from: Workload, to: Workload, id: string): Change {
  const patches: Patch[] = [{ op: 'set', collection: 'workloads', key: from.id, path: 'host', value: to.host }];
  if (from.storage !== to.storage) patches.push({ op: 'set', collection: 'workloads', key: from.id, path: 'storage', value: to.storage });
  return { id, kind: 'workload.migrate', collection: 'workloads', subject: from.id, fields: [{ path: 'host', before: from.host, after: to.host }], patches, before: from as never, after: to as never };
}

function applyMigration(state: Model, change: Change): Model {
  const after = change.after as unknown as Workload;
  return findEntity(state, 'workloads', change.subject) === undefined ? state : { ...state, workloads: state.workloads.map((workload) => (workload.id === change.subject ? after : workload)) };
}

function moveLater(current: Model, steps: readonly PlannedStep[], index: number, violation: FoundViolation, constraints: PlanConstraints, impact: ImpactFn): Attempt | undefined {
  const step = steps[index] as PlannedStep;
  const dependents = new Set<string>([step.id]);
  for (let position = index + 1; position < steps.length; position++) {
    const candidate = steps[position] as PlannedStep;
    if ([...candidate.requires].some((need) => dependents.has(need))) {
      // Moving past a step that needs this one is impossible; stop here.
      return undefined;
    }
    const order = [...steps.slice(0, index), ...steps.slice(index + 1, position + 1), step, ...steps.slice(position + 1)];
    const check = checkConstraints(current, order, constraints, impact);
    if (!check.violations.some((found) => found.stepId === step.id && found.scope === violation.scope)) {
      return { kind: 'move', steps: order, requirement: { step, after: candidate.id }, note: `Step "${step.title}" moved after "${candidate.title}": before it, ${violation.scope} would go down (${violation.when === 'during' ? 'while the step runs' : 'in the state it leaves'}).` };
    }
  }
  return undefined;
}
