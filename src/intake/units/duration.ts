import { seconds, type Seconds } from '../../model/quantities.js';
import { add, decimalPattern, exact, multiply, readDecimal, toNumber, type ExactDecimal } from './decimal.js';
import { formatDecimal } from './format-number.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { checkFinite, checkNumber, isTextOrNumber, problemHint, splitQuantity } from './quantity-text.js';

const durationExpected = 'a duration such as "15m", "24h", "7d" or "1h30m"';

/** A duration unit; `rank` orders units so a compound duration must list larger units first. */
interface DurationUnit {
  readonly seconds: ExactDecimal;
  readonly rank: number;
}

/**
 * Accepted spellings, lower-case. Months and years are left out on purpose: their length varies,
 * and a retention of "1 month" is better written as the number of days meant.
 */
const durationUnits: ReadonlyMap<string, DurationUnit> = new Map(
  (
    [
      [['ms', 'msec', 'millisecond', 'milliseconds'], exact(1n, -3)],
      [['s', 'sec', 'secs', 'second', 'seconds'], exact(1n)],
      [['m', 'min', 'mins', 'minute', 'minutes'], exact(60n)],
      [['h', 'hr', 'hrs', 'hour', 'hours'], exact(3600n)],
      [['d', 'day', 'days'], exact(86_400n)],
      [['w', 'wk', 'wks', 'week', 'weeks'], exact(604_800n)],
    ] as const
  ).flatMap(([spellings, unitSeconds], rank) => spellings.map((spelling) => [spelling, { seconds: unitSeconds, rank }] as const)),
);

/** One "number unit" term of a compound duration, optionally after a comma or "and". */
const termPattern = new RegExp(String.raw`\s*(?:,\s*|and\s+)?(${decimalPattern})\s*([a-z]+)`, 'iuy');

/**
 * Reads a duration: "15m", "24h", "7d", "2w", "90s", "500ms", "1.5h", "30 minutes", "1 day",
 * and compounds such as "1h30m" or "2 h 35 min". Text needs a unit; a number is seconds.
 */
export function parseDuration(text: string | number): ParseResult<Seconds> {
  if (!isTextOrNumber(text)) return fail(durationExpected, 'the value is not text or a number');
  if (typeof text === 'number') {
    const problem = checkNumber(text);
    return problem === undefined ? succeed(seconds(text + 0)) : fail(durationExpected, problemHint(problem, text));
  }
  const split = splitQuantity(text);
  if (!split.ok) return fail(durationExpected, problemHint(split.problem, text));
  if (split.unit === '') return fail(durationExpected, `${quote(text)} has no unit; write e.g. "${text.trim()}s" or "${text.trim()}m"`);

  let total = exact(0n);
  let previousRank = Number.POSITIVE_INFINITY;
  let position = 0;
  while (position < text.length) {
    termPattern.lastIndex = position;
    const term = termPattern.exec(text);
    if (term === null) break;
    const unitText = term[2] ?? '';
    const unit = durationUnits.get(unitText.toLowerCase());
    if (unit === undefined) {
      return fail(durationExpected, `${quote(text)} has unknown unit ${quote(unitText)}; use ms, s, m, h, d or w`);
    }
    if (unit.rank >= previousRank) {
      return fail(durationExpected, `${quote(text)} repeats or reorders units; list each once, largest first, as in "1h30m"`);
    }
    previousRank = unit.rank;
    total = add(total, multiply(readDecimal(term[1] ?? '0'), unit.seconds));
    position = termPattern.lastIndex;
  }
  const unread = text.slice(position).trim();
  if (unread !== '') return fail(durationExpected, `${quote(text)} has unexpected text ${quote(unread)}`);
  const value = toNumber(total);
  const problem = checkFinite(value);
  return problem === undefined ? succeed(seconds(value)) : fail(durationExpected, problemHint(problem, text));
}

const secondsPerDay = 86_400;

/**
 * Prints a duration the way people say it: "500 ms", "43 s", "2 h 35 min" (whole seconds below
 * a day), and "1 day" or "3.2 days" (up to two decimals) from a day on.
 */
export function formatDuration(value: Seconds): string {
  if (!Number.isFinite(value)) return `${value} s`;
  if (value < 0) return `-${formatDuration(seconds(-value))}`;
  if (value === 0) return '0 s';
  if (value < 1 && Number(formatDecimal(value, 2)) < 1) return `${formatDecimal(value * 1000, 3)} ms`;
  if (value < 60 && Number(formatDecimal(value, 2)) < 60) return `${formatDecimal(value, 2)} s`;
  const whole = Math.round(value);
  if (whole < secondsPerDay) {
    const parts = [
      [Math.floor(whole / 3600), 'h'],
      [Math.floor((whole % 3600) / 60), 'min'],
      [whole % 60, 's'],
    ] as const;
    return parts
      .filter(([count]) => count > 0)
      .map(([count, unit]) => `${count} ${unit}`)
      .join(' ');
  }
  const days = formatDecimal(value / secondsPerDay, 2);
  return `${days} ${days === '1' ? 'day' : 'days'}`;
}
