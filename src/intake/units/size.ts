import { bytes, GiB, KiB, MiB, PiB, TiB, type Bytes } from '../../model/quantities.js';
import { exact, multiply, toNumber, type ExactDecimal } from './decimal.js';
import { formatScaled, type ScaleUnit } from './format-number.js';
import { fail, succeed, type ParseResult } from './parse-result.js';
import { checkFinite, checkNumber, isTextOrNumber, problemHint, splitQuantity, unitHint } from './quantity-text.js';

/**
 * How to read "GB" and its relatives. memory: binary (GiB), the way people size RAM.
 * disk: decimal (10^9), the way drive makers label disks. "GiB" and friends are always binary.
 */
export type SizeConvention = 'memory' | 'disk';

/** A size read from text, and whether reading it relied on the memory/disk convention. */
export interface ParsedSize {
  /** The size, a whole number of bytes. */
  readonly bytes: Bytes;
  /** True when the text used an ambiguous unit (GB, TB, G, M…) whose meaning came from the convention; the report states the assumption. */
  readonly conventionApplied: boolean;
}

const sizeExpected = 'a size such as "32GB", "4 TB" or "512 MiB"';
const sizeUnitList = 'B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB';

/** A size unit: its power of 1000 or 1024, and whether it is explicitly binary (undefined: the convention decides). */
interface SizeUnit {
  readonly power: number;
  readonly binary: boolean | undefined;
}

/** Prefix letters and words in order of power: k = 1, m = 2, … p = 5. */
const prefixes = [
  ['k', 'kilo', 'kibi'],
  ['m', 'mega', 'mebi'],
  ['g', 'giga', 'gibi'],
  ['t', 'tera', 'tebi'],
  ['p', 'peta', 'pebi'],
] as const;

/** Every accepted spelling, lower-case. "Gi" is the Kubernetes style; "GB" is ambiguous on purpose. */
const sizeUnits: ReadonlyMap<string, SizeUnit> = new Map<string, SizeUnit>([
  ...['', 'b', 'byte', 'bytes'].map((spelling): [string, SizeUnit] => [spelling, { power: 0, binary: false }]),
  ...prefixes.flatMap(([letter, word, binaryWord], index): [string, SizeUnit][] => {
    const ambiguous: SizeUnit = { power: index + 1, binary: undefined };
    const binary: SizeUnit = { power: index + 1, binary: true };
    return [
      ...[letter, `${letter}b`, `${word}byte`, `${word}bytes`].map((spelling): [string, SizeUnit] => [spelling, ambiguous]),
      ...[`${letter}i`, `${letter}ib`, `${binaryWord}byte`, `${binaryWord}bytes`].map((spelling): [string, SizeUnit] => [
        spelling,
        binary,
      ]),
    ];
  }),
]);

/** Looks up a unit as an exact factor in bytes, or undefined when unknown. */
export function sizeUnitFactor(
  unit: string,
  convention: SizeConvention,
): { readonly factor: ExactDecimal; readonly conventionApplied: boolean } | undefined {
  const entry = sizeUnits.get(unit.toLowerCase());
  if (entry === undefined) return undefined;
  const binary = entry.binary ?? convention === 'memory';
  const factor = binary ? exact(1024n ** BigInt(entry.power)) : exact(1n, 3 * entry.power);
  return { factor, conventionApplied: entry.binary === undefined };
}

/**
 * Reads a size such as "512MB", "32 GiB", "1.92 TB" or "1,000 GB". Ambiguous units follow the
 * convention; a number, or text without a unit, is bytes. The result is rounded to whole bytes.
 */
export function parseSize(text: string | number, convention: SizeConvention): ParseResult<ParsedSize> {
  if (!isTextOrNumber(text)) return fail(sizeExpected, 'the value is not text or a number');
  if (typeof text === 'number') {
    const problem = checkNumber(text);
    if (problem !== undefined) return fail(sizeExpected, problemHint(problem, text));
    return succeed({ bytes: bytes(Math.round(text) + 0), conventionApplied: false });
  }
  const split = splitQuantity(text);
  if (!split.ok) return fail(sizeExpected, problemHint(split.problem, text));
  const unit = sizeUnitFactor(split.unit, convention);
  if (unit === undefined) {
    const known = (candidate: string): boolean => sizeUnitFactor(candidate, convention) !== undefined;
    return fail(sizeExpected, unitHint(text, split.unit, known, sizeUnitList));
  }
  const value = Math.round(toNumber(multiply(split.amount, unit.factor)));
  const problem = checkFinite(value);
  if (problem !== undefined) return fail(sizeExpected, problemHint(problem, text));
  return succeed({ bytes: bytes(value), conventionApplied: unit.conventionApplied });
}

const decimalScale: readonly ScaleUnit[] = [
  { symbol: 'B', factor: 1 },
  { symbol: 'KB', factor: 1e3 },
  { symbol: 'MB', factor: 1e6 },
  { symbol: 'GB', factor: 1e9 },
  { symbol: 'TB', factor: 1e12 },
  { symbol: 'PB', factor: 1e15 },
];

const binaryScale: readonly ScaleUnit[] = [
  { symbol: 'B', factor: 1 },
  { symbol: 'KiB', factor: KiB },
  { symbol: 'MiB', factor: MiB },
  { symbol: 'GiB', factor: GiB },
  { symbol: 'TiB', factor: TiB },
  { symbol: 'PiB', factor: PiB },
];

/**
 * Prints a size decimal first, as disks are labelled ("4 TB"), followed by the binary figure that
 * operating systems show when it differs ("4 TB (3.64 TiB)"). `both` defaults to true; `digits`
 * (default 2) is the most decimals shown.
 */
export function formatBytes(value: Bytes, options: { both?: boolean; digits?: number } = {}): string {
  const digits = options.digits ?? 2;
  const decimal = formatScaled(value, decimalScale, digits);
  if (options.both === false) return decimal;
  const binary = formatScaled(value, binaryScale, digits);
  return binary === decimal ? decimal : `${decimal} (${binary})`;
}

/** Prints a memory size in binary units, the way RAM is sold and shown: "32 GiB". */
export function formatMemory(value: Bytes): string {
  return formatScaled(value, binaryScale, 2);
}
