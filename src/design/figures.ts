/**
 * Building the figures of an option: each is a Fact (value, unit, formula, inputs) whose id names the
 * blueprint, decision and option, tied to the calculator that computed it or the analysis fact it
 * reads. A figure Kestra cannot compute is an unknown fact with the question that would settle it.
 */
import type { Fact, FactInput, FactUnit, Layer } from '../analyze/fact.js';
import { knownFact, unknownFact } from '../analyze/fact.js';
import type { Column, Figure, Option } from './blueprint.js';

export interface FigureSpec {
  readonly label: string;
  readonly unit: FactUnit;
  /** null: unknown, with `question`. */
  readonly value: number | string | boolean | null;
  readonly formula: string;
  readonly inputs?: readonly FactInput[];
  readonly reference?: string;
  readonly currency?: string;
  readonly question?: string;
  readonly calculator?: string;
}

/** Figures of one option of one decision: `make(column, spec)`. */
export function optionFigures(blueprint: string, decision: string, option: string, layer: Layer) {
  const subject = `${blueprint}.${decision}.${option}`;
  return (column: string, spec: FigureSpec): Figure => {
    const base = {
      id: `${layer}/${subject}/${column}`,
      subject,
      layer,
      label: spec.label,
      unit: spec.unit,
      formula: spec.formula,
      inputs: spec.inputs ?? [],
      ...(spec.reference !== undefined ? { reference: spec.reference } : {}),
      ...(spec.currency !== undefined ? { currency: spec.currency } : {}),
    };
    const fact: Fact = spec.value === null ? unknownFact({ ...base, question: spec.question ?? `${spec.label} of ${option} cannot be computed from the spec.` }) : knownFact({ ...base, value: spec.value });
    return { column, fact, ...(spec.calculator !== undefined ? { calculator: spec.calculator } : {}) };
  };
}

/** An input that quotes an analysis fact by id. */
export function factRef(name: string, fact: Fact | undefined, fallbackId: string, unit: FactUnit): FactInput {
  return { name, value: fact?.status === 'known' ? fact.value : null, unit: fact?.unit ?? unit, factId: fact?.id ?? fallbackId };
}

/** The figure of `option` in `column`, for choice rules. */
export function figureValue(option: Option, column: string): number | string | boolean | null {
  const figure = option.figures.find((candidate) => candidate.column === column);
  return figure?.fact.status === 'known' ? figure.fact.value : null;
}

/** Checks every option fills exactly the declared columns (a blueprint bug otherwise). */
export function checkColumns(columns: readonly Column[], options: readonly Option[]): void {
  const keys = columns.map((column) => column.key).join(',');
  for (const option of options) {
    const filled = option.figures.map((figure) => figure.column).join(',');
    if (filled !== keys) throw new Error(`option ${option.id} fills columns [${filled}], the table has [${keys}]`);
  }
}
