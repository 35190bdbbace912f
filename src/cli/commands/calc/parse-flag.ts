/**
 * Reads a calculator flag with one of the unit parsers of src/intake/units and turns a bad value into
 * a UsageError (exit 2) that names the flag, what was expected and how to fix it. Every quantity flag
 * of `kestra calc` goes through here, so the flags accept exactly what specs accept.
 */
import type { ParseResult } from '../../../intake/units/index.js';
import { UsageError } from '../../../usage-error.js';

/** Parses `text` given for `flag` with `parser`, or throws a UsageError naming the flag. */
export function parseFlag<T>(flag: string, text: string, parser: (text: string) => ParseResult<T>): T {
  const result = parser(text);
  if (result.ok) return result.value;
  throw new UsageError(`${flag} ${JSON.stringify(text)} is not ${result.expected}`, result.hint);
}

/** Parses an optional flag: undefined when the flag was not given. */
export function parseOptionalFlag<T>(flag: string, text: string | undefined, parser: (text: string) => ParseResult<T>): T | undefined {
  return text === undefined ? undefined : parseFlag(flag, text, parser);
}

/** Reads a whole number flag within [min, max], or throws a UsageError naming the flag. Numbers come from typed callers (the MCP tools). */
export function parseIntegerFlag(flag: string, given: string | number, min: number, max: number): number {
  const text = String(given);
  const value = /^\s*\d+\s*$/u.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} ${JSON.stringify(text)} is not a whole number from ${min} to ${max}`, `write e.g. ${flag} ${min}`);
  }
  return value;
}

/** Reads an optional whole number flag within [min, max]. */
export function parseOptionalIntegerFlag(flag: string, text: string | number | undefined, min: number, max: number): number | undefined {
  return text === undefined ? undefined : parseIntegerFlag(flag, text, min, max);
}

/** Reads a flag that must be one of `choices`, or throws a UsageError listing them. */
export function parseChoiceFlag<const C extends string>(flag: string, text: string, choices: readonly C[]): C {
  const found = choices.find((choice) => choice === text.trim().toLowerCase());
  if (found === undefined) throw new UsageError(`${flag} ${JSON.stringify(text)} is not one of ${choices.join(', ')}`, `write e.g. ${flag} ${choices[0] ?? ''}`);
  return found;
}

/** Reads a plain decimal number flag within [min, max] (e.g. a Peukert exponent), or throws a UsageError naming the flag. */
export function parseDecimalFlag(flag: string, given: string | number, min: number, max: number): number {
  const text = String(given);
  const value = /^\s*\d+(?:\.\d+)?\s*$/u.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${flag} ${JSON.stringify(text)} is not a number from ${min} to ${max}`, `write e.g. ${flag} ${min}`);
  }
  return value;
}
