/**
 * The migration plan's data: typed changes from diff(current, target), the steps that carry them out
 * (pre-checks, action, validation, rollback, downtime, blast radius), their phases, and the
 * constraint checks run on every intermediate state. The JSON shape is documented in docs/plan-json.md.
 */
import type { Purchase } from '../design/blueprint.js';
import type { CollectionKey, Entity } from '../model/collections.js';
import type { Money } from '../model/quantities.js';
import type { Assumption, Model } from '../model/types.js';
import type { ChangeKind } from './change-kinds.js';

export const phases = ['prepare', 'build', 'cutover', 'decommission', 'verify'] as const;
export type Phase = (typeof phases)[number];

/** One value that differs: the path inside the entity ("ha.enabled", "gateway") and both values. */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A model edit a change makes; applying a step's patches to one state gives the next. */
export type Patch =
  | { readonly op: 'add'; readonly collection: CollectionKey; readonly entity: Entity }
  | { readonly op: 'remove'; readonly collection: CollectionKey; readonly key: string }
  | { readonly op: 'set'; readonly collection: CollectionKey; readonly key: string; readonly path: string; readonly value: unknown }
  | { readonly op: 'add-item'; readonly collection: CollectionKey; readonly key: string; readonly path: string; readonly itemKey: string; readonly item: unknown }
  | { readonly op: 'remove-item'; readonly collection: CollectionKey; readonly key: string; readonly path: string; readonly itemKey: string }
  | { readonly op: 'set-item'; readonly collection: CollectionKey; readonly key: string; readonly path: string; readonly itemKey: string; readonly item: unknown }
  | { readonly op: 'set-model'; readonly path: 'network.firewall.defaultPolicy' | 'monitoring.checks'; readonly value: unknown };

/** A typed difference between the current and the target model. */
export interface Change {
  /** `<kind>/<subject>[/<item>]`, unique in a plan. */
  readonly id: string;
  readonly kind: ChangeKind;
  readonly collection?: CollectionKey;
  /** Key of the entity changed (its id, or a link's "a~b"). */
  readonly subject: string;
  /** Key of the item within the entity (a cluster node, a shared storage, a disk), when the change is about one. */
  readonly item?: string;
  readonly fields: readonly FieldChange[];
  readonly patches: readonly Patch[];
  /** The entity in the current model (absent for additions). */
  readonly before?: Entity;
  /** The entity in the target model (absent for removals). */
  readonly after?: Entity;
}

/** A command to run or a place in a UI to click through. */
export interface Command {
  readonly kind: 'shell' | 'ui' | 'config';
  /** Where it runs: a host or device id, or "any cluster node". */
  readonly on?: string;
  readonly text: string;
}

/** What a step says and does, shared by template drafts, steps being planned and the plan's steps. */
export interface StepBody {
  readonly title: string;
  readonly preChecks: readonly string[];
  readonly action: { readonly summary: string; readonly commands: readonly Command[] };
  readonly validation: readonly string[];
  readonly rollback: readonly string[];
  /** Seconds the affected services are down while the step runs (0: none expected). */
  readonly downtime: number;
  /** What the downtime figure rests on. */
  readonly downtimeBasis: string;
  /** Seconds of hands-on work, an estimate. */
  readonly duration: number;
  /** Entity ids affected if the step goes wrong. */
  readonly blastRadius: readonly string[];
  /** Failure-graph node ids ("host:pve1", "vlan:iot") the step takes down while it runs. */
  readonly disrupts: readonly string[];
}

export interface Step extends StepBody {
  /** Stable id, e.g. "qdevice.add/homelab" or "vlan-gateway.change/iot/lower-lease". */
  readonly id: string;
  /** 1-based position in the plan. */
  readonly number: number;
  readonly phase: Phase;
  /** Ids of the changes this step carries out (empty for preparation and verification steps). */
  readonly changes: readonly string[];
  /** Entity ids the step is about. */
  readonly subjects: readonly string[];
  /** Step ids that must be done first. */
  readonly requires: readonly string[];
  readonly purchases: readonly Purchase[];
  /** Set on steps the planner inserted to keep a constraint: the step they protect and why. */
  readonly bridge?: { readonly for: string; readonly reason: string };
}

/** A constraint a step breaks, and why. */
export interface Violation {
  readonly constraint: 'zero-downtime' | 'maintenance-window' | 'budget';
  readonly stepId: string;
  /** The protected VLAN or workload (zero-downtime), the window, or the budget. */
  readonly scope: string;
  readonly message: string;
  /** Failure-graph node ids down during the step (zero-downtime). */
  readonly down?: readonly string[];
}

/** The result of checking one constraint over every intermediate state. */
export interface ConstraintCheck {
  readonly constraint: Violation['constraint'];
  readonly scope: string;
  readonly satisfied: boolean;
  /** How it was checked, e.g. "impact() on 14 intermediate states". */
  readonly method: string;
}

export interface Plan {
  readonly changes: readonly Change[];
  readonly steps: readonly Step[];
  readonly phases: readonly { readonly phase: Phase; readonly steps: readonly string[] }[];
  readonly purchases: readonly Purchase[];
  /** Total purchase cost per currency. */
  readonly cost: readonly Money[];
  /** Sum of the steps' downtime, seconds. */
  readonly downtime: number;
  /** Sum of the steps' hands-on time, seconds. */
  readonly duration: number;
  /** Maintenance windows the disruptive steps need (0 without declared windows or disruptive steps). */
  readonly windowsNeeded: number;
  readonly checks: readonly ConstraintCheck[];
  readonly violations: readonly Violation[];
  /** What the planner did to satisfy constraints (reordered, bridged), in words. */
  readonly adjustments: readonly string[];
  readonly assumptions: readonly Assumption[];
}

/**
 * The failure model as the planner needs it: the failure-graph node ids ("vlan:iot", "workload:ha")
 * that are down in `model` when the nodes `failed` fail. Injected so the planner stays independent
 * of how the failure model is built; src/plan/failure-impact.ts adapts the real one.
 */
export type ImpactFn = (model: Model, failed: readonly string[]) => Iterable<string>;
