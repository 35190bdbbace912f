import { multiply, toNumber } from './decimal.js';
import { fail, succeed, type ParseResult } from './parse-result.js';
import { checkFinite, checkNumber, isTextOrNumber, problemHint, splitQuantity, unitHint } from './quantity-text.js';
import { siUnitFactor } from './si-prefix.js';

/** What a parser for one SI-prefixed unit needs to know; power, apparent power and energy differ only in these. */
export interface SiQuantity {
  readonly expected: string;
  /** Lower-case spellings of the base unit, e.g. ["w", "watt", "watts"]. */
  readonly symbols: readonly string[];
  /** The units to suggest in a hint. */
  readonly unitList: string;
}

/** Reads a non-negative SI quantity such as "1.2 kW"; a number, or text without a unit, is in the base unit. */
export function parseSiQuantity(text: string | number, quantity: SiQuantity): ParseResult<number> {
  if (!isTextOrNumber(text)) return fail(quantity.expected, 'the value is not text or a number');
  if (typeof text === 'number') {
    const problem = checkNumber(text);
    return problem === undefined ? succeed(text + 0) : fail(quantity.expected, problemHint(problem, text));
  }
  const split = splitQuantity(text);
  if (!split.ok) return fail(quantity.expected, problemHint(split.problem, text));
  const factor = split.unit === '' ? siUnitFactor(quantity.symbols[0] ?? '', quantity.symbols) : siUnitFactor(split.unit, quantity.symbols);
  if (factor === undefined) {
    const known = (candidate: string): boolean => siUnitFactor(candidate, quantity.symbols) !== undefined;
    return fail(quantity.expected, unitHint(text, split.unit, known, quantity.unitList));
  }
  const value = toNumber(multiply(split.amount, factor));
  const problem = checkFinite(value);
  return problem === undefined ? succeed(value) : fail(quantity.expected, problemHint(problem, text));
}
