/**
 * A finding is a rule's judgement about one subject of the model: which rule, how severe, what it is
 * about, why (the facts it read), what goes down with it and what to do. Findings point at the input
 * line of their subject, so every output can send the reader to the line to change.
 */
import type { Source } from '../model/types.js';
import type { RuleLayer } from './rule.js';
import type { Severity } from './severity.js';

/** A waiver that matched a finding: the reason it was accepted, and whether it has run out. */
export interface AppliedWaiver {
  readonly reason: string;
  readonly expires?: string;
  /** True when the waiver's expiry date has passed: the finding is active again. */
  readonly expired: boolean;
  /** Where the waiver is written. */
  readonly source: Source;
}

export interface Finding {
  /** Stable rule id, e.g. "backup/no-offsite-copy". */
  readonly ruleId: string;
  /** Key of the message template the rule used; tests and baselines key on it, never on prose. */
  readonly messageId: string;
  readonly severity: Severity;
  readonly layer: RuleLayer;
  /** Ids of the entities the finding is about, the one located first. */
  readonly subjects: readonly string[];
  readonly message: string;
  /** Ids of the facts the rule read. */
  readonly evidence: readonly string[];
  /** Ids of what is affected when this goes wrong. */
  readonly blastRadius: readonly string[];
  /** What to do about it. */
  readonly mitigation: string;
  /** Vendor documentation and standards behind the rule. */
  readonly references: readonly string[];
  /** Where the subject is written in the input. */
  readonly location?: Source;
  readonly waiver?: AppliedWaiver;
  /** Stable identity across runs (rule, message key, subjects), used by baselines and SARIF. */
  readonly fingerprint: string;
}

/** Builds the stable identity of a finding: figures in messages change, this does not. */
export function fingerprintOf(ruleId: string, messageId: string, subjects: readonly string[]): string {
  return `${ruleId}|${messageId}|${subjects.join(',')}`;
}
