/**
 * The report as data: sections of typed blocks, independent of any output format. Builders produce it,
 * the review checks it, renderers (Markdown, JSON, HTML) print it. Every user string stays a plain string
 * here; escaping is the renderers' job, done in one place per format.
 */
import type { Fact } from '../analyze/fact.js';
import type { PatternId } from '../intake/invocation/pattern-ids.js';
import type { Assumption, OpenQuestion } from '../model/types.js';
import type { DiagramSpec } from '../render/diagrams/diagram-spec.js';
import type { ReportFailure, ReportFinding } from './report-inputs.js';

/** A piece of inline text. Strings are plain text; objects mark ids, emphasis, cited rules and figures. */
export type Inline =
  | string
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  /** A cited rule, printed `[layer/rule-id]`. */
  | { readonly kind: 'rule'; readonly id: string }
  /** A figure that comes from a fact: `text` is its formatted value, `id` the fact id. */
  | { readonly kind: 'fact'; readonly id: string; readonly text: string };
export type RichText = readonly Inline[];

export interface TableColumn {
  readonly title: string;
  readonly align?: 'left' | 'right';
}

/** One runbook step: what to check first, what to do, how to know it worked, how to undo it. */
export interface ActionStep {
  /** Stable id within the report, e.g. "0.1". */
  readonly id: string;
  readonly title: RichText;
  readonly preChecks: readonly RichText[];
  readonly actions: readonly RichText[];
  /** Shell commands for the action, when the tool is known. */
  readonly commands: readonly string[];
  readonly validation: readonly RichText[];
  readonly rollback: readonly RichText[];
  readonly downtime: RichText;
  readonly blastRadius: RichText;
  /** Rule ids and fact ids that drive the step. */
  readonly cites: readonly string[];
}

export type Block =
  /** `detail`: explanatory, left out when the house style asks for a concise report. */
  | { readonly kind: 'paragraph'; readonly text: RichText; readonly detail?: boolean }
  /** A sub-heading inside a section. */
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly RichText[] }
  | { readonly kind: 'table'; readonly caption?: RichText; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly RichText[])[] }
  /** A diagram: its spec (nodes and labelled edges) and the Mermaid source generated from it. */
  | { readonly kind: 'diagram'; readonly diagram: DiagramSpec; readonly mermaid: string }
  | { readonly kind: 'code'; readonly language: string; readonly text: string }
  | { readonly kind: 'steps'; readonly steps: readonly ActionStep[] };

/** The persona's orchestration stages; the orchestration pattern labels sections with them. */
export type Stage = 'planner' | 'worker' | 'qa';

export interface Section {
  readonly id: string;
  readonly title: string;
  /** Set by the orchestration pattern. */
  readonly stage?: Stage;
  readonly blocks: readonly Block[];
}

/** One self-review check and its outcome. */
export interface ReviewCheck {
  /** A `kestra lint` rule id (`plan/…`) or a check of the report model (`report/…`). */
  readonly id: string;
  readonly title: string;
  /** False when the check found something above info. */
  readonly passed: boolean;
  readonly status: 'passed' | 'failed' | 'not-applicable';
  /** `lint`: run on the report's own Markdown, as `kestra lint` runs it; `report`: read from the report model. */
  readonly source: 'lint' | 'report';
  /** What was found, in one sentence. */
  readonly detail: string;
}

/** Something the review of the report's Markdown found, with the section it is in. */
export interface ReviewFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly fix: string;
  /** Title of the section the finding is in (the report's Markdown is reviewed before its diagrams are drawn, so lines would not match). */
  readonly section: string;
  /** What the finding is about, for programs (the figure kind of plan/no-quantities). */
  readonly topic?: string;
}

/** What recursive self-evaluation changed between the first and the final review. */
export interface ReviewRevision {
  readonly check: string;
  readonly before: string;
  readonly change: string;
}

export interface ReportReview {
  /** True when no check found anything above info. */
  readonly passed: boolean;
  /** Lint's checks in its registry order, then the model checks. */
  readonly checks: readonly ReviewCheck[];
  /** Lint's findings on the final draft (info ones included), in document order. */
  readonly findings: readonly ReviewFinding[];
  /** Lint's overall score, 0–100. */
  readonly score: number;
  /** Sections, steps and risks lint recognised in the report's Markdown. */
  readonly recognised: { readonly sections: number; readonly steps: number; readonly risks: number };
  /** The first draft's findings and failed checks, when the revision changed something or info findings remain. */
  readonly critique: readonly ReviewFinding[];
  /** Empty when the first draft passed. */
  readonly revisions: readonly ReviewRevision[];
}

/** How the report was asked for, as it reports it. */
export interface ReportInvocation {
  readonly task?: string;
  /** Inputs as given. */
  readonly inputs: readonly string[];
  /** The input the current state was read from. */
  readonly used: string;
  readonly target?: string;
  readonly patterns: readonly PatternId[];
  /** "given" on the command line or in the invocation, or chosen by default for the task. */
  readonly patternSource: 'given' | 'default';
  /** Why these patterns, in one sentence. */
  readonly patternReason: string;
}

export interface ReportModel {
  readonly title: string;
  readonly site: string;
  /** Only when --date asked for it. */
  readonly date?: string;
  readonly kestraVersion: string;
  readonly invocation: ReportInvocation;
  readonly sections: readonly Section[];
  /** The data behind the sections, for the JSON format. */
  readonly facts: readonly Fact[];
  readonly findings: readonly ReportFinding[];
  readonly failure?: ReportFailure;
  readonly steps: readonly ActionStep[];
  readonly assumptions: readonly Assumption[];
  readonly openQuestions: readonly OpenQuestion[];
  readonly review: ReportReview;
}
