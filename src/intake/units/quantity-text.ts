import { decimalPattern, readDecimal, type ExactDecimal } from './decimal.js';
import { quote } from './parse-result.js';

/**
 * Splitting "4 TB" into a number and a unit, shared by every single-unit parser, so they all
 * reject empty, negative and overlong input the same way and with the same words.
 */

/** Longer input is refused before any regular expression runs; no real quantity needs more. */
export const maximumTextLength = 1000;

/** Why text could not be read as a quantity, before its unit is even looked at. */
export type QuantityProblem = 'empty' | 'too-long' | 'negative' | 'no-number' | 'not-finite' | 'decimal-comma';

/** Text split into its number and unit, or the problem that stopped the split. */
export type QuantityText =
  | { readonly ok: true; readonly amount: ExactDecimal; readonly unit: string }
  | { readonly ok: false; readonly problem: QuantityProblem };

const quantityPattern = new RegExp(String.raw`^\s*([-\u2212]\s*)?(${decimalPattern})\s*(.*?)\s*$`, 'su');

/** Splits text into its leading number and the (trimmed) text after it, which should be the unit. */
export function splitQuantity(text: string): QuantityText {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > maximumTextLength) return { ok: false, problem: 'too-long' };
  const match = quantityPattern.exec(text);
  if (match === null) return { ok: false, problem: 'no-number' };
  if (match[1] !== undefined) return { ok: false, problem: 'negative' };
  if (/^,\d/u.test(match[3] ?? '')) return { ok: false, problem: 'decimal-comma' };
  return { ok: true, amount: readDecimal(match[2] ?? '0'), unit: match[3] ?? '' };
}

/** Checks a value given as a number (from YAML or JSON) rather than text. */
export function checkNumber(value: number): QuantityProblem | undefined {
  if (!Number.isFinite(value)) return 'not-finite';
  if (value < 0) return 'negative';
  return undefined;
}

/** Checks a parsed result; "1e400" reads fine as text but does not fit in a double. */
export function checkFinite(value: number): QuantityProblem | undefined {
  return Number.isFinite(value) ? undefined : 'not-finite';
}

/** The hint for a problem every quantity parser shares. */
export function problemHint(problem: QuantityProblem, text: string | number): string {
  const quoted = quote(text);
  switch (problem) {
    case 'empty':
      return `${quoted} is empty; fill in a value`;
    case 'too-long':
      return `${quoted} is too long to be a single value`;
    case 'negative':
      return `${quoted} is negative; use zero or more`;
    case 'no-number':
      return `${quoted} does not start with a number; write the number first, then the unit`;
    case 'not-finite':
      return `${quoted} is not a finite number`;
    case 'decimal-comma':
      return `${quoted} has a comma that does not group thousands; write decimals with a dot, as in "1.5"`;
  }
}

/** The hint for text after the number that is not a known unit; names extra words separately from a misspelt unit. */
export function unitHint(text: string, unit: string, known: (unit: string) => boolean, units: string): string {
  const [first = '', ...others] = unit.split(/\s+/u);
  if (others.length > 0 && known(first)) {
    return `${quote(text)} has extra text ${quote(others.join(' '))} after the unit; remove it`;
  }
  if (unit === '') return `${quote(text)} has no unit; add one of ${units}`;
  return `${quote(text)} has unknown unit ${quote(unit)}; use ${units}`;
}

/** True when the value is a string or number at run time; guards JavaScript callers and untyped YAML. */
export function isTextOrNumber(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}
