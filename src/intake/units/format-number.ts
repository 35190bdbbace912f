/**
 * Locale-independent number printing for the formatters. toLocaleString depends on the machine,
 * and reports must be byte-identical everywhere, so formatting is done by hand.
 */

/** Prints at most `digits` decimals and drops trailing zeros: 2.50 → "2.5", 4.00 → "4". */
export function formatDecimal(value: number, digits: number): string {
  const places = Math.max(0, Math.min(100, Math.trunc(digits)));
  const fixed = value.toFixed(places);
  const trimmed = fixed.includes('.') && !fixed.includes('e') ? fixed.replace(/\.?0+$/u, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Inserts commas between groups of three digits in an unsigned integer string: "1200" → "1,200". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(?:\d{3})+$)/gu, ',');
}

/** One unit of a scale, such as { symbol: 'TB', factor: 1e12 }. */
export interface ScaleUnit {
  readonly symbol: string;
  readonly factor: number;
}

/**
 * Prints a value in the largest unit of the scale (smallest first) that the value reaches, moving
 * up one unit when rounding reaches it, so 999.999 GB prints as "1 TB" rather than "1000 GB".
 */
export function formatScaled(value: number, scale: readonly ScaleUnit[], digits: number): string {
  const smallest = scale[0];
  if (smallest === undefined) return formatDecimal(value, digits);
  if (!Number.isFinite(value)) return `${value} ${smallest.symbol}`;
  const magnitude = Math.abs(value);
  let index = 0;
  while (index + 1 < scale.length && magnitude >= (scale[index + 1]?.factor ?? Number.POSITIVE_INFINITY)) index += 1;
  const unit = scale[index] ?? smallest;
  const printed = formatDecimal(value / unit.factor, digits);
  const next = scale[index + 1];
  if (next !== undefined && Math.abs(Number(printed)) * unit.factor >= next.factor) {
    return `${formatDecimal(value / next.factor, digits)} ${next.symbol}`;
  }
  return `${printed} ${unit.symbol}`;
}
