/** What the design stage hands to the planner and the report. */
import type { Analysis } from '../analyze/run-analysis.js';
import type { FactUnit } from '../analyze/fact.js';
import type { Money } from '../model/quantities.js';
import type { Assumption, Model, OpenQuestion } from '../model/types.js';
import type { Design, Purchase, Risk } from './blueprint.js';

/** A blueprint that was scored against the task. */
export interface BlueprintMatch {
  readonly blueprint: string;
  readonly title: string;
  readonly score: number;
  readonly reasons: readonly string[];
  /** True when the score reached the threshold and the blueprint designed part of the target. */
  readonly selected: boolean;
}

/** One task kind Kestra understands, for the "supported tasks" message. */
export interface SupportedTask {
  readonly blueprint: string;
  readonly title: string;
  readonly summary: string;
  readonly example: string;
}

/** A fact whose value differs between the current and the target state. */
export interface FigureDelta {
  readonly factId: string;
  readonly label: string;
  readonly unit: FactUnit;
  readonly currency?: string;
  /** null: the fact did not exist or was unknown in that state. */
  readonly before: number | string | boolean | null;
  readonly after: number | string | boolean | null;
}

/** The constraints the plan must respect: the spec's, plus the scopes the task or designs protect. */
export interface PlanConstraints {
  readonly zeroDowntime: readonly string[];
  readonly maintenanceWindows: readonly string[];
  readonly budget?: Money;
}

export interface DesignResult {
  /** blueprint: blueprints designed the target; user-target: the user gave it; review: no blueprint understood the task. */
  readonly mode: 'blueprint' | 'user-target' | 'review';
  readonly task?: string;
  /** Every blueprint scored against the task, best first (empty without a task). */
  readonly matches: readonly BlueprintMatch[];
  /** Set when no blueprint understands the task: the message, and what is supported. */
  readonly unsupported?: { readonly message: string; readonly supported: readonly SupportedTask[] };
  readonly designs: readonly Design[];
  readonly target: Model;
  /** The target run through the same analyzers as the current state. */
  readonly targetAnalysis: Analysis;
  readonly beforeAfter: readonly FigureDelta[];
  readonly constraints: PlanConstraints;
  readonly purchases: readonly Purchase[];
  /** Sum of the purchases per currency, sorted by currency. */
  readonly cost: readonly Money[];
  readonly risks: readonly Risk[];
  readonly validation: readonly string[];
  readonly rollback: readonly string[];
  readonly assumptions: readonly Assumption[];
  readonly openQuestions: readonly OpenQuestion[];
}
