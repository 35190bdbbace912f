import { bitsPerSecond, type BitsPerSecond } from '../../model/quantities.js';
import { exact, multiply, toNumber, type ExactDecimal } from './decimal.js';
import { formatScaled, type ScaleUnit } from './format-number.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { checkFinite, checkNumber, isTextOrNumber, problemHint, splitQuantity } from './quantity-text.js';

const rateExpected = 'a rate such as "1GbE", "2.5 Gbit/s" or "500 Mbit/s"';
const rateUnitList = 'bit/s, Mbit/s, Gbit/s, Mbps, GbE, or MB/s for bytes';

/** Decimal prefixes; network rates are always decimal (1 Gbit/s is 10^9 bit/s). */
const decimalPowers: ReadonlyMap<string, number> = new Map([
  ['', 0],
  ['k', 3],
  ['m', 6],
  ['g', 9],
  ['t', 12],
  ['p', 15],
]);

/**
 * Byte rates need a capital B and "/s": "MB/s", "MiB/s". The capital B is the only thing that
 * tells bytes from bits, so it is read case-sensitively; the prefix letter is not.
 */
const byteRate = /^([kKmMgGtTpP]?)(i?)B\/s(?:ec)?$/u;
/** A capital B without "/s" ("10GB", "100MBps") is refused: people write it for both bits and bytes. */
const ambiguousBytes = /^[kKmMgGtTpP]?i?B(?:ps|PS)?$/u;
/** Bit-rate endings after the prefix, lower-case; "" allows "10G" and a bare number. */
const bitSuffixes: ReadonlySet<string> = new Set(['', 'b', 'bps', 'b/s', 'bit', 'bits', 'bit/s', 'bits/s', 'bit/sec']);
/** Ethernet names after the prefix: "GbE", "10GE". They need a prefix: a bare "E" is not a rate. */
const ethernetSuffixes: ReadonlySet<string> = new Set(['be', 'e']);
/** Ethernet media names carry their speed: 1000BASE-T is 1000 Mbit/s, 10GBASE-SR is 10 Gbit/s. */
const ethernetMedium = /^([kmgt]?)base-?[a-z0-9]+$/u;

type RateUnit = { readonly factor: ExactDecimal } | { readonly problem: 'ambiguous-bytes' | 'unknown' };

/** Looks up a rate unit as an exact factor in bits per second, or says why it was refused. */
function rateUnit(unit: string): RateUnit {
  const bytesMatch = byteRate.exec(unit);
  if (bytesMatch !== null) {
    const power = decimalPowers.get((bytesMatch[1] ?? '').toLowerCase()) ?? 0;
    const perByte = bytesMatch[2] === '' ? exact(1n, power) : exact(1024n ** BigInt(power / 3));
    return { factor: multiply(perByte, exact(8n)) };
  }
  if (ambiguousBytes.test(unit)) return { problem: 'ambiguous-bytes' };
  const lower = unit.toLowerCase();
  if (lower === 'gige') return { factor: exact(1n, 9) };
  for (const [prefix, power] of decimalPowers) {
    if (!lower.startsWith(prefix)) continue;
    const suffix = lower.slice(prefix.length);
    if (bitSuffixes.has(suffix) || (prefix !== '' && ethernetSuffixes.has(suffix))) return { factor: exact(1n, power) };
  }
  const medium = ethernetMedium.exec(lower);
  if (medium !== null) return { factor: exact(1n, medium[1] === '' ? 6 : (decimalPowers.get(medium[1] ?? '') ?? 0)) };
  return { problem: 'unknown' };
}

/**
 * Reads a network rate: "1GbE", "2.5GbE", "2.5 Gbps", "10G", "500 Mbit/s", "100M", "1 Gb/s",
 * "1000BASE-T". Byte rates ("MB/s", "MiB/s") are converted to bits. A number is bits per second.
 */
export function parseRate(text: string | number): ParseResult<BitsPerSecond> {
  if (!isTextOrNumber(text)) return fail(rateExpected, 'the value is not text or a number');
  if (typeof text === 'number') {
    const problem = checkNumber(text);
    return problem === undefined ? succeed(bitsPerSecond(text + 0)) : fail(rateExpected, problemHint(problem, text));
  }
  const split = splitQuantity(text);
  if (!split.ok) return fail(rateExpected, problemHint(split.problem, text));
  const unit = rateUnit(split.unit);
  if ('problem' in unit) return fail(rateExpected, rateUnitHint(text, split.unit, unit.problem));
  const value = toNumber(multiply(split.amount, unit.factor));
  const problem = checkFinite(value);
  return problem === undefined ? succeed(bitsPerSecond(value)) : fail(rateExpected, problemHint(problem, text));
}

function rateUnitHint(text: string, unit: string, problem: 'ambiguous-bytes' | 'unknown'): string {
  const [first = '', ...others] = unit.split(/\s+/u);
  if (others.length > 0 && !('problem' in rateUnit(first))) {
    return `${quote(text)} has extra text ${quote(others.join(' '))} after the unit; remove it`;
  }
  if (problem === 'ambiguous-bytes') {
    return `${quote(text)} is ambiguous: a capital B means bytes; write bits as "Gbit/s" or bytes as "GB/s"`;
  }
  return `${quote(text)} has unknown unit ${quote(unit)}; use ${rateUnitList}`;
}

const rateScale: readonly ScaleUnit[] = [
  { symbol: 'bit/s', factor: 1 },
  { symbol: 'kbit/s', factor: 1e3 },
  { symbol: 'Mbit/s', factor: 1e6 },
  { symbol: 'Gbit/s', factor: 1e9 },
  { symbol: 'Tbit/s', factor: 1e12 },
];

/** Prints a rate with up to two decimals in decimal bit units: "1 Gbit/s", "941.48 Mbit/s". */
export function formatRate(value: BitsPerSecond): string {
  return formatScaled(value, rateScale, 2);
}
