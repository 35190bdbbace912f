/**
 * The shape of a rule, in the manner of ESLint: `meta` (id, severity, rationale, message templates,
 * options, documented examples) plus `subjects` (what the rule looks at; none means not applicable)
 * and `check` (reports findings through the context). Rules read the model and the analyzers' facts;
 * they never recompute figures, never read files and never format output.
 */
import type { z } from 'zod';
import type { Fact, Layer } from '../analyze/fact.js';
import type { Analysis } from '../analyze/run-analysis.js';
import type { FailureAnalysis } from '../failure/failure-analysis.js';
import type { Diagnostic } from '../intake/diagnostic.js';
import type { EntityIndex } from '../model/entity-index.js';
import type { Model, Source } from '../model/types.js';
import type { Severity } from './severity.js';

/** Layers a rule may belong to; "general" holds rules about the analysis itself (open questions). */
export type RuleLayer = Layer | 'general';

/** Something a finding can point at: an entity with an id and the place it is written. */
export interface Subject {
  readonly id: string;
  readonly source: Source;
}

export interface RuleMeta<MessageId extends string = string, Options = unknown> {
  /** Stable forever, scoped by layer: "backup/no-offsite-copy". Never renumbered or reused. */
  readonly id: string;
  readonly layer: RuleLayer;
  readonly title: string;
  /** Default severity; a project may override it (settings.severity or kestra.config.yaml). */
  readonly severity: Severity;
  /** Why the rule exists: the failure it prevents. */
  readonly rationale: string;
  /** What to do when it fires. */
  readonly remediation: string;
  /** Vendor documentation and standards (URLs). */
  readonly references: readonly string[];
  /** Message templates with {placeholders}, keyed by message id. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** Option schema with defaults; validated when the configuration is read. */
  readonly options?: z.ZodType<Options>;
  /** What the rule reads besides the model; a rule whose inputs are absent is not applicable. */
  readonly needs?: readonly ('facts' | 'date' | 'failure')[];
  /** Analyzers whose facts the rule reads (for `kestra explain` and the docs tests). */
  readonly analyzers?: readonly string[];
  /** A minimal spec that makes the rule fire and one that does not; tests run both. */
  readonly examples: { readonly failing: string; readonly passing: string };
}

/** What every rule can read. */
export interface RuleContext {
  readonly model: Model;
  readonly analysis: Analysis;
  /** The failure model's output, when it ran. */
  readonly failure?: FailureAnalysis;
  /** Today's date (YYYY-MM-DD) as given by the caller; rules never read the clock. */
  readonly date?: string;
  /** Diagnostics of loading the spec (secret warnings live here). */
  readonly diagnostics: readonly Diagnostic[];
  readonly index: EntityIndex;
  /** A fact by id. */
  fact(id: string): Fact | undefined;
  /** The numeric value of a known fact, or undefined. */
  number(id: string): number | undefined;
}

export interface Report<MessageId extends string> {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Where the finding points; the checked subject by default. */
  readonly at?: Subject | Source;
  /** More entity ids the finding is about, after the located subject. */
  readonly subjects?: readonly string[];
  readonly evidence?: readonly string[];
  readonly blastRadius?: readonly string[];
  /** A mitigation specific to this finding; the rule's remediation by default. */
  readonly mitigation?: string;
}

export interface CheckContext<MessageId extends string, Options> extends RuleContext {
  readonly options: Options;
  report(report: Report<MessageId>): void;
}

export interface Rule<MessageId extends string = string, S extends Subject = Subject, Options = unknown> {
  readonly meta: RuleMeta<MessageId, Options>;
  /** The subjects the rule applies to; an empty list makes the rule not applicable. */
  subjects(context: RuleContext & { readonly options: Options }): readonly S[];
  check(subject: S, context: CheckContext<MessageId, Options>): void;
}

/** A rule of any message ids, subjects and options, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any, any>;

/** Declares a rule with its message ids and subject type inferred. */
export function defineRule<const MessageId extends string, S extends Subject, Options = Record<string, never>>(
  rule: Rule<MessageId, S, Options>,
): Rule<MessageId, S, Options> {
  return rule;
}
