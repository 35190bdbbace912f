/**
 * The plan review's contracts: a check (meta + run over a parsed plan), the findings it reports and
 * the result of a whole review. `kestra lint` and the `kestra plan` self-review share them.
 */
import type { Analysis } from '../analyze/run-analysis.js';
import type { Model } from '../model/types.js';
import type { PlanDocument } from './parse/plan-document.js';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** Score categories, in the order reports list them. */
export const categories = ['structure', 'risks', 'steps', 'quantities', 'coverage', 'clarity', 'consistency'] as const;
export type Category = (typeof categories)[number];

/** A 1-based position in the plan's Markdown. */
export interface PlanPosition {
  readonly line: number;
  readonly column: number;
}

export interface CheckMeta {
  /** Stable id, `plan/<kebab-case>`; never renumbered or reused. */
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  /** Default severity; a finding may lower or raise it (e.g. a missing Risks section is an error, a missing narrative a warning). */
  readonly severity: Severity;
  /** Why the persona asks for it. */
  readonly rationale: string;
  /** The default suggested fix; a finding may give a more specific one. */
  readonly fix: string;
  /** True for checks that compare the plan with a spec (`--spec`); without one they are not applicable. */
  readonly needsSpec?: boolean;
}

/** What a check reports; the engine fills in id, category and defaults. */
export interface FindingDraft {
  readonly at: PlanPosition;
  readonly message: string;
  readonly fix?: string;
  readonly severity?: Severity;
  /** What the finding is about, for programs: the figure kind of plan/no-quantities (`cpu`, `ram`, `throughput`, `cost`). */
  readonly topic?: string;
}

/** A check's verdict. `checked` counts the items looked at (steps, risks…), so scores can be partial. */
export type CheckOutcome =
  | { readonly status: 'not-applicable'; readonly reason: string }
  | { readonly status: 'checked'; readonly findings: readonly FindingDraft[]; readonly checked?: number };

/** A single failure point Kestra's failure analysis found; the review reports those a plan never mentions. */
export interface SpofInput {
  /** Entity id of the component. */
  readonly id: string;
  /** Ids of what goes down with it, most critical first. */
  readonly takesDown?: readonly string[];
}

/** The infrastructure a plan is checked against. */
export interface ReviewSpec {
  readonly model: Model;
  /** Computed facts; figure checks compare against these by id (see FACTS.md). */
  readonly analysis?: Analysis;
  /** Single points of failure from the failure analysis. */
  readonly spofs?: readonly SpofInput[];
}

export interface ReviewOptions {
  readonly spec?: ReviewSpec;
  /** Relative difference above which a stated figure disagrees with a computed one. @default 0.1 */
  readonly tolerance?: number;
  /** Longest Markdown (in UTF-16 code units) reviewed; longer input is reported as unreadable. @default 524288 */
  readonly maxLength?: number;
}

/** What a check sees. */
export interface CheckContext {
  readonly spec?: ReviewSpec;
  readonly tolerance: number;
}

export interface PlanCheck {
  readonly meta: CheckMeta;
  run(plan: PlanDocument, context: CheckContext): CheckOutcome;
}

/** Declares a check; the identity function gives type inference and one place to grep. */
export function definePlanCheck(check: PlanCheck): PlanCheck {
  return check;
}

export interface LintFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
  /** What the finding is about, for programs, when the check says (see FindingDraft.topic). */
  readonly topic?: string;
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly status: 'passed' | 'failed' | 'not-applicable';
  /** Why the check did not apply. */
  readonly reason?: string;
  readonly findings: number;
  /** 0–100 for checks that applied. */
  readonly score?: number;
}

/** A recognised section of the plan, for reports and the text output. */
export interface RecognisedSection {
  readonly kind: string;
  readonly heading: string;
  readonly line: number;
}

export interface LintResult {
  /** Findings sorted by line, column, rule id. */
  readonly findings: readonly LintFinding[];
  /** Every check, in registry order, with its verdict. */
  readonly checks: readonly CheckResult[];
  /** 0–100 per category (null when no check of it applied) and overall. */
  readonly scores: { readonly overall: number; readonly byCategory: Readonly<Record<Category, number | null>> };
  readonly counts: Readonly<Record<Severity, number>>;
  readonly sections: readonly RecognisedSection[];
  /** Number of action steps and risks the review found. */
  readonly stats: { readonly steps: number; readonly risks: number; readonly tables: number; readonly codeBlocks: number };
}

/** Severity order for `--fail-on`: a finding fails the run when its rank is at most the threshold's. */
export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
