/**
 * Test helpers for ParseResult: unwrap a success or a failure with a readable message, and the
 * shared robustness checks every parser must pass.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { quote, type ParseResult } from '../../../src/intake/units/parse-result.js';

/** The parsed value; fails the test with the hint when parsing failed. */
export function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got a failure: ${result.hint}`);
  return result.value;
}

/** The failure; fails the test when parsing succeeded. */
export function failureOf<T>(result: ParseResult<T>): { expected: string; hint: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return { expected: result.expected, hint: result.hint };
}

/** Asserts the parse failed and the hint names the offending text, JSON-quoted. */
export function expectRejected<T>(parse: (text: string) => ParseResult<T>, text: string): void {
  const failure = failureOf(parse(text));
  expect(failure.expected).not.toBe('');
  expect(failure.hint).toContain(quote(text));
}

/** Fragments that look like quantities and schedules, so random text reaches past the first check. */
const fragments = [
  '0', '1', '2', '2.5', '.5', '1,000', '1,00', '1e9', '1e400', '1e-400', '-', '\u2212', '+', ' ', '  ', ',', '.', '/', ':', '..', '*', '*/6', '%',
  'x', 'X', '×', 'B', 'b', 'K', 'KB', 'MB', 'GB', 'TB', 'PB', 'GiB', 'TiB', 'Gi', 'G', 'M', 'bit/s', 'bps', 'GbE', 'B/s', 'MiB/s', 'BASE-T',
  'W', 'kW', 'VA', 'kVA', 'Wh', 'kWh', 'MWh', 'ms', 's', 'm', 'min', 'h', 'd', 'w', 'days', 'and', '€', '$', '£', 'EUR', 'usd', 'ERU', 'ct',
  'per', 'two', 'WD Red', 'daily', 'weekly', 'hourly', 'monthly', 'every', 'at', 'on', 'sun', 'mon..fri', 'sat..sun', '02:00', '2am', '@daily',
  '@reboot', '-', '1-5', '*-1..7', '2015-10-21', '0/15', 'jan', '7', '31', '60', '24', '\t', '\n', 'é', '😀',
];

/** Random strings from plain, grapheme, binary and fragment alphabets. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...fragments), { maxLength: 6 }).map((parts) => parts.join(' ')),
);

/** Every number a YAML file can produce, and the special values it cannot. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE),
);

/** Checks that a parser never throws and that every failure explains itself and names the text. */
export function expectWellBehaved<T>(parse: (text: string) => ParseResult<T>): void {
  fc.assert(
    fc.property(anyText, (text) => {
      const result = parse(text);
      if (!result.ok) {
        expect(result.expected.length).toBeGreaterThan(0);
        expect(result.hint).toContain(quote(text));
      }
    }),
    { numRuns: 2000 },
  );
}

/** Checks that a parser taking numbers never throws on any number. */
export function expectWellBehavedOnNumbers<T>(parse: (value: number) => ParseResult<T>): void {
  fc.assert(
    fc.property(anyNumber, (value) => {
      const result = parse(value);
      if (!result.ok) expect(result.hint.length).toBeGreaterThan(0);
    }),
  );
}

/** True when `actual` is within `tolerance` of `expected`. */
export function near(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance;
}
