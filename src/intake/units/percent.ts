import { ratio, type Ratio } from '../../model/quantities.js';
import { exact, multiply, toNumber } from './decimal.js';
import { formatDecimal } from './format-number.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { isTextOrNumber, problemHint, splitQuantity } from './quantity-text.js';

const percentExpected = 'a percentage such as "99.9%", or a ratio from 0 to 1 given as a number';

/**
 * Reads a percentage or ratio. Text needs a "%" ("99.9%", "80 %") so "99.9" cannot be mistaken
 * for a ratio; a number is a ratio and must lie in [0, 1] (0.999 means 99.9 %).
 */
export function parsePercent(text: string | number): ParseResult<Ratio> {
  if (!isTextOrNumber(text)) return fail(percentExpected, 'the value is not text or a number');
  if (typeof text === 'number') {
    if (Number.isNaN(text) || text < 0 || text > 1) {
      return fail(percentExpected, `${quote(text)} is not a ratio from 0 to 1; write 0.999 or "99.9%" for 99.9 %`);
    }
    return succeed(ratio(text + 0));
  }
  const split = splitQuantity(text);
  if (!split.ok) return fail(percentExpected, problemHint(split.problem, text));
  const unit = split.unit.toLowerCase();
  if (unit === '') {
    const asRatio = toNumber(split.amount) <= 1;
    const advice = asRatio ? `give a ratio as a number, not text, or a percentage such as "99.9%"` : `write "${text.trim()}%"`;
    return fail(percentExpected, `${quote(text)} has no "%"; ${advice}`);
  }
  if (unit !== '%' && unit !== 'percent') return fail(percentExpected, `${quote(text)} is not a percentage; write it like "99.9%"`);
  const value = toNumber(multiply(split.amount, exact(1n, -2)));
  if (!(value <= 1)) return fail(percentExpected, `${quote(text)} is over 100%`);
  return succeed(ratio(value));
}

/** Most decimals the default format will add to keep a value off the 0 % and 100 % boundaries. */
const maximumDefaultDigits = 10;

/**
 * Prints a ratio as a percentage without a space: "99.9%". Without `digits`, up to two decimals,
 * but more when needed so that 99.999 % is not shown as "100%" or 0.001 % as "0%".
 */
export function formatPercent(value: Ratio, digits?: number): string {
  const percent = value * 100;
  if (digits !== undefined || !Number.isFinite(percent)) return `${formatDecimal(percent, digits ?? 2)}%`;
  let places = 2;
  const onBoundary = (printed: string): boolean => (printed === '100' && value < 1) || (printed === '0' && value > 0);
  while (places < maximumDefaultDigits && onBoundary(formatDecimal(percent, places))) places += 1;
  return `${formatDecimal(percent, places)}%`;
}
