import { exact, type ExactDecimal } from './decimal.js';
import type { ScaleUnit } from './format-number.js';

/**
 * SI prefixes for the electrical units (W, VA, Wh). "k" and "K" both mean kilo, as people write
 * both. "M" must be upper-case: lower-case "m" is milli, which no homelab quantity needs, so
 * "mW" is refused rather than silently read as megawatts or milliwatts.
 */
const prefixes: readonly (readonly [string, number])[] = [
  ['', 0],
  ['k', 3],
  ['K', 3],
  ['kilo', 3],
  ['M', 6],
  ['mega', 6],
  ['G', 9],
  ['giga', 9],
];

/** The exact factor of an SI-prefixed unit such as "kWh" or "kilowatts", or undefined when unknown. */
export function siUnitFactor(unit: string, symbols: readonly string[]): ExactDecimal | undefined {
  for (const [prefix, exponent] of prefixes) {
    if (!unit.startsWith(prefix)) continue;
    const symbol = unit.slice(prefix.length).toLowerCase();
    if (symbols.includes(symbol)) return exact(1n, exponent);
  }
  return undefined;
}

/** The scale unit, kilo unit, mega unit and giga unit of a symbol, for formatting. */
export function siScale(symbol: string): readonly ScaleUnit[] {
  return [
    { symbol, factor: 1 },
    { symbol: `k${symbol}`, factor: 1e3 },
    { symbol: `M${symbol}`, factor: 1e6 },
    { symbol: `G${symbol}`, factor: 1e9 },
  ];
}
