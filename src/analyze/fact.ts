/**
 * A Fact is a computed quantity with its unit, the formula that produced it and the inputs it used,
 * so a report can show where every number came from. A fact whose inputs are missing is `unknown`
 * and carries the open question that would settle it: never a silent zero.
 */
import type { Source } from '../model/types.js';

export const layers = ['compute', 'storage', 'network', 'power', 'backup', 'observability', 'security', 'cluster', 'availability'] as const;
export type Layer = (typeof layers)[number];

/** Units a fact may carry. Money facts carry the currency in `currency`. */
export type FactUnit =
  | 'bytes'
  | 'bits-per-second'
  | 'bytes-per-second'
  | 'watts'
  | 'volt-amperes'
  | 'watt-hours'
  | 'kilowatt-hours'
  | 'seconds'
  | 'days'
  | 'ratio'
  | 'count'
  | 'money'
  | 'boolean'
  | 'text';

/** One input of a fact's formula: a value from the spec, a default, or another fact. */
export interface FactInput {
  readonly name: string;
  readonly value: number | string | boolean | null;
  readonly unit: FactUnit;
  /** The fact this input came from, when it is one. */
  readonly factId?: string;
  /** Where the value was written in the spec, when it came from there. */
  readonly source?: Source;
  /** True when the value is a default Kestra assumed (it is listed under Assumptions too). */
  readonly assumed?: boolean;
}

interface FactBase {
  /** Stable id: "<layer>/<subject>/<name>", e.g. "storage/tank/usable". */
  readonly id: string;
  /** Id of the entity the fact is about. */
  readonly subject: string;
  readonly layer: Layer;
  /** Human label, e.g. "Usable capacity". */
  readonly label: string;
  readonly unit: FactUnit;
  /** The formula in words or symbols, e.g. "Σ vdev dspace − slop". */
  readonly formula: string;
  readonly inputs: readonly FactInput[];
  /** Where the formula or constant comes from (a docs URL). */
  readonly reference?: string;
  /** Currency of money facts. */
  readonly currency?: string;
  /** Where the subject is declared. */
  readonly source?: Source;
}

export interface KnownFact extends FactBase {
  readonly status: 'known';
  readonly value: number | string | boolean;
}

export interface UnknownFact extends FactBase {
  readonly status: 'unknown';
  readonly value: null;
  /** What is missing, phrased as the question that would settle it. */
  readonly question: string;
}

export type Fact = KnownFact | UnknownFact;

/** Creates a known fact. */
export function knownFact(fields: Omit<KnownFact, 'status'>): KnownFact {
  return { ...fields, status: 'known' };
}

/** Creates an unknown fact with the question that would settle it. */
export function unknownFact(fields: Omit<UnknownFact, 'status' | 'value'>): UnknownFact {
  return { ...fields, status: 'unknown', value: null };
}

/** True when the fact has a numeric value. */
export function isNumericFact(fact: Fact | undefined): fact is KnownFact & { readonly value: number } {
  return fact !== undefined && fact.status === 'known' && typeof fact.value === 'number';
}
