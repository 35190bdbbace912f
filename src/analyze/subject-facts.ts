/**
 * A small helper for analyzers: builds the facts of one subject so each call names only what
 * differs (name, label, value, unit, formula, inputs). The id is "<layer>/<subject>/<name>".
 */
import type { Assumption, Source } from '../model/types.js';
import { knownFact, unknownFact, type FactInput, type FactUnit, type KnownFact, type Layer, type UnknownFact } from './fact.js';

/** What every fact of a subject shares beyond its layer, subject and source. */
export interface FactFields {
  readonly label: string;
  readonly unit: FactUnit;
  readonly formula: string;
  readonly inputs?: readonly FactInput[];
  readonly reference?: string;
}

export interface SubjectFacts {
  /** A fact with a value. */
  known(name: string, value: number | string | boolean, fields: FactFields): KnownFact;
  /** A fact whose inputs are missing, with the question that would settle it. */
  unknown(name: string, question: string, fields: FactFields): UnknownFact;
  /** The id a fact of this subject gets. */
  id(name: string): string;
}

/** Fact builders for `subject` in `layer`, located at `source`. */
export function subjectFacts(layer: Layer, subject: string, source: Source | undefined): SubjectFacts {
  const id = (name: string) => `${layer}/${subject}/${name}`;
  const base = (name: string, fields: FactFields) => ({
    id: id(name),
    subject,
    layer,
    label: fields.label,
    unit: fields.unit,
    formula: fields.formula,
    inputs: fields.inputs ?? [],
    ...(fields.reference !== undefined ? { reference: fields.reference } : {}),
    ...(source !== undefined ? { source } : {}),
  });
  return {
    id,
    known: (name, value, fields) => knownFact({ ...base(name, fields), value }),
    unknown: (name, question, fields) => unknownFact({ ...base(name, fields), question }),
  };
}

/** An input that refers to another fact. */
export function factInput(name: string, fact: { readonly id: string; readonly value: number | string | boolean | null; readonly unit: FactUnit }): FactInput {
  return { name, value: fact.value, unit: fact.unit, factId: fact.id };
}

/** An assumption about one located value; run-analysis merges assumptions with the same id. */
export function assumptionAt(id: string, text: string, source: Source | undefined): Assumption {
  return { id, text, sources: source === undefined ? [] : [source] };
}
