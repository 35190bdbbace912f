/**
 * How every `kestra calc` calculator prints its answer: a table of results with their formulas, the
 * inputs they were computed from, notes and sources; or the same as one JSON document (`--json`).
 * Shared by all calculators so they read alike.
 */
import type { Io } from '../../io.js';
import { renderTextTable } from '../../../render/text/table.js';

/** One figure of a calculator's answer. */
export interface CalcLine {
  readonly label: string;
  /** The figure in human units, e.g. "20.99 TiB". */
  readonly value: string;
  /** How it was computed, e.g. "Σ vdev dspace − slop". */
  readonly formula?: string;
  /** A stable machine key for `--json` consumers, e.g. "usable". */
  readonly key?: string;
  /** The figure in base units (bytes, seconds, ratio…) for `--json` consumers. */
  readonly amount?: number | boolean | string;
  /** Unit of `amount`, e.g. "bytes". */
  readonly unit?: string;
}

/** One input of the calculation, as the calculator understood it. */
export interface CalcInput {
  readonly name: string;
  readonly value: string;
}

/** A calculator's complete answer. */
export interface CalcResult {
  readonly title: string;
  readonly lines: readonly CalcLine[];
  readonly inputs: readonly CalcInput[];
  /** Defaults taken and caveats, one sentence each. */
  readonly notes?: readonly string[];
  /** Where the formulas and constants come from (URLs). */
  readonly sources?: readonly string[];
}

/** Prints `result` as readable text, or as JSON when `json` is true. */
export function printCalcResult(io: Io, result: CalcResult, json: boolean): void {
  io.stdout(json ? `${JSON.stringify(calcResultJson(result), null, 2)}\n` : renderCalcResultText(result));
}

/** The JSON document `--json` prints: the same content, keys in a fixed order. */
export function calcResultJson(result: CalcResult): Record<string, unknown> {
  return {
    title: result.title,
    results: result.lines.map((line) => ({
      ...(line.key !== undefined ? { key: line.key } : {}),
      label: line.label,
      value: line.value,
      ...(line.amount !== undefined ? { amount: line.amount } : {}),
      ...(line.unit !== undefined ? { unit: line.unit } : {}),
      ...(line.formula !== undefined ? { formula: line.formula } : {}),
    })),
    inputs: result.inputs,
    notes: result.notes ?? [],
    sources: result.sources ?? [],
  };
}

/** The terminal view: title, results table, inputs, notes and sources. */
export function renderCalcResultText(result: CalcResult): string {
  const parts = [
    result.title,
    '',
    renderTextTable(
      ['result', 'value', 'formula'],
      result.lines.map((line) => [line.label, line.value, line.formula ?? '']),
    ),
  ];
  if (result.inputs.length > 0) {
    parts.push('', 'Inputs:', ...result.inputs.map((input) => `  ${input.name}: ${input.value}`));
  }
  if (result.notes !== undefined && result.notes.length > 0) {
    parts.push('', 'Notes:', ...result.notes.map((note) => `  - ${note}`));
  }
  if (result.sources !== undefined && result.sources.length > 0) {
    parts.push('', 'Sources:', ...result.sources.map((source) => `  - ${source}`));
  }
  return `${parts.join('\n')}\n`;
}
