/**
 * Exact decimal scaling for unit conversion. Multiplying the parsed double by a unit factor
 * drifts (1.1 * 3600 is 3960.0000000000005 in binary floating point), so parsers keep the
 * digits the user typed as an integer coefficient and a power of ten, scale them exactly with
 * bigint, and round to a double once at the end.
 */
export interface ExactDecimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

/**
 * A non-negative decimal as people write it: "1,000.5", "2.5", ".5", "1e9". Commas may only
 * group thousands, so "1.200,50" (the continental style) does not match and is rejected.
 */
export const decimalPattern = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?`;

/**
 * Exponents beyond this are clamped. Every double lies far inside ±10000 decades, so clamping
 * cannot change a result, and it keeps "1e999999999" from building a huge bigint.
 */
const exponentLimit = 10_000;

/** Reads text that matched decimalPattern as an exact decimal. */
export function readDecimal(text: string): ExactDecimal {
  const [mantissa = '', exponentText = '0'] = text.replaceAll(',', '').toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const written = Math.max(-exponentLimit, Math.min(exponentLimit, Number(exponentText)));
  return { coefficient: BigInt(`${whole}${fraction}` || '0'), exponent: written - fraction.length };
}

/** An exact decimal equal to coefficient × 10^exponent. */
export function exact(coefficient: bigint | number, exponent = 0): ExactDecimal {
  return { coefficient: BigInt(coefficient), exponent };
}

/** The exact product of two decimals. */
export function multiply(left: ExactDecimal, right: ExactDecimal): ExactDecimal {
  return { coefficient: left.coefficient * right.coefficient, exponent: left.exponent + right.exponent };
}

/** The exact sum of two decimals. */
export function add(left: ExactDecimal, right: ExactDecimal): ExactDecimal {
  const exponent = Math.min(left.exponent, right.exponent);
  const align = (value: ExactDecimal): bigint => value.coefficient * 10n ** BigInt(value.exponent - exponent);
  return { coefficient: align(left) + align(right), exponent };
}

/** The nearest double; JavaScript's decimal-string conversion rounds correctly, so this rounds once. */
export function toNumber(value: ExactDecimal): number {
  return Number(`${value.coefficient}e${value.exponent}`);
}
