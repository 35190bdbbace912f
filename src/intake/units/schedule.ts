import { seconds, type Seconds } from '../../model/quantities.js';
import { describeCalendar } from './calendar-description.js';
import { parseCalendarEvent } from './calendar-event.js';
import { clockText, weekdayNames, weekdayNumber } from './calendar-names.js';
import { calendarGaps, everyDayAt, span, type CalendarPattern } from './calendar-pattern.js';
import { readClockTime } from './clock-time.js';
import { parseCron, toCron } from './cron.js';
import { parseDuration } from './duration.js';
import { formatDecimal } from './format-number.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';
import { maximumTextLength, problemHint } from './quantity-text.js';

/** How often something runs, e.g. a backup job. */
export interface Schedule {
  /** The shortest time between two consecutive runs; 86400 for "daily 02:00". */
  readonly intervalSeconds: Seconds;
  /**
   * The longest time between two consecutive runs. It differs from intervalSeconds for uneven
   * schedules (weekdays only: 1 day vs 3 days over a weekend), and it is the one to use for the
   * worst-case data loss of a backup.
   */
  readonly longestGapSeconds: Seconds;
  /** An English phrase such as "every day at 02:00". */
  readonly description: string;
  /** The equivalent five-field cron line, present only when the text fixed the times of day. */
  readonly cron?: string;
}

const scheduleExpected = 'a schedule such as "daily 02:00", "every 6h", "0 2 * * *" or "mon..fri 22:00"';

/** What may follow a keyword: nothing ("hourly"), a time ("daily 02:00"), or a weekday and a time ("weekly sun 03:00"). */
type KeywordTakes = 'nothing' | 'time' | 'weekday-and-time';

interface Keyword {
  readonly description: string;
  /** The runs the keyword stands for when no time is given, used for the gaps; cron's @daily etc. agree. */
  readonly pattern: CalendarPattern;
  readonly takes: KeywordTakes;
}

const midnight = everyDayAt([0], [0]);
const weekly: Keyword = { description: 'every week', pattern: { ...midnight, daysOfWeek: [0] }, takes: 'weekday-and-time' };
const keywords: ReadonlyMap<string, Keyword> = new Map<string, Keyword>([
  ['minutely', { description: 'every minute', pattern: everyDayAt(span(0, 23), span(0, 59)), takes: 'nothing' }],
  ['hourly', { description: 'every hour', pattern: everyDayAt(span(0, 23), [0]), takes: 'nothing' }],
  ['daily', { description: 'every day', pattern: midnight, takes: 'time' }],
  ['nightly', { description: 'every night', pattern: midnight, takes: 'time' }],
  ['weekly', weekly],
  ['monthly', { description: 'every month', pattern: { ...midnight, daysOfMonth: [1] }, takes: 'time' }],
  ['quarterly', { description: 'every quarter', pattern: { ...midnight, daysOfMonth: [1], months: [1, 4, 7, 10] }, takes: 'nothing' }],
  ['semiannually', { description: 'every six months', pattern: { ...midnight, daysOfMonth: [1], months: [1, 7] }, takes: 'nothing' }],
  ['yearly', { description: 'every year', pattern: { ...midnight, daysOfMonth: [1], months: [1] }, takes: 'nothing' }],
  ['annually', { description: 'every year', pattern: { ...midnight, daysOfMonth: [1], months: [1] }, takes: 'nothing' }],
]);

/** "every day" and friends, read as the matching keyword. */
const everyWords: ReadonlyMap<string, string> = new Map([
  ['minute', 'minutely'],
  ['hour', 'hourly'],
  ['day', 'daily'],
  ['night', 'nightly'],
  ['week', 'weekly'],
  ['month', 'monthly'],
  ['quarter', 'quarterly'],
  ['year', 'yearly'],
]);

/**
 * Reads how often something runs: keywords ("hourly", "daily 02:00", "nightly", "weekly sun 03:00",
 * "monthly"), "every 6h", a five-field cron line ("0 2 * * *", "@daily"), or a Proxmox calendar
 * event ("02:00", "*\/6:00", "mon..fri 22:00").
 */
export function parseSchedule(text: string): ParseResult<Schedule> {
  if (typeof text !== 'string') return fail(scheduleExpected, 'the value is not text');
  if (text.trim() === '') return fail(scheduleExpected, problemHint('empty', text));
  if (text.length > maximumTextLength) return fail(scheduleExpected, problemHint('too-long', text));
  const words = text.trim().split(/\s+/u);
  const [first = '', ...rest] = words.map((word) => word.toLowerCase());

  const keyword = keywords.get(first);
  if (keyword !== undefined) return keywordSchedule(text, first, keyword, rest);
  if (first === 'every') return everySchedule(text, rest);
  if (first.startsWith('@') || words.length === 5) return patternSchedule(text, parseCron(text));
  if (words.length <= 3 && /^[\d*a-z]/iu.test(first)) return patternSchedule(text, parseCalendarEvent(text));
  if (words.length === 6 || words.length === 7) return patternSchedule(text, parseCron(text));
  return fail(scheduleExpected, `${quote(text)} is not a schedule Kestra knows; write it like "daily 02:00" or "0 2 * * *"`);
}

/** Reads "every 6h", "every day at 02:00", "every sunday 03:00". */
function everySchedule(text: string, rest: readonly string[]): ParseResult<Schedule> {
  const [unit = '', ...after] = rest;
  const keywordName = everyWords.get(unit);
  const keyword = keywordName === undefined ? undefined : keywords.get(keywordName);
  if (keywordName !== undefined && keyword !== undefined) return keywordSchedule(text, keywordName, keyword, after);
  if (weekdayNumber(unit) !== undefined) return keywordSchedule(text, 'weekly', weekly, rest);

  const duration = parseDuration(rest.join(' '));
  if (!duration.ok) return fail(scheduleExpected, `${quote(text)} has no duration after "every"; write it like "every 6h" or "every 15m"`);
  if (duration.value <= 0) return fail(scheduleExpected, `${quote(text)} repeats every 0 seconds; give a longer interval`);
  return succeed({ intervalSeconds: duration.value, longestGapSeconds: duration.value, description: describeEvery(duration.value) });
}

/** Reads what follows a keyword ("at 02:00", "on sun 03:00") and builds the schedule. */
function keywordSchedule(text: string, name: string, keyword: Keyword, rest: readonly string[]): ParseResult<Schedule> {
  const words = rest.filter((word) => word !== 'at' && word !== 'on');
  if (words.length === 0) return patternSchedule(text, succeed(keyword.pattern), { description: keyword.description, cron: false });
  if (keyword.takes === 'nothing') {
    return fail(scheduleExpected, `${quote(text)}: "${name}" takes no time; use a cron line such as "15 * * * *" to fix one`);
  }
  const weekday = keyword.takes === 'weekday-and-time' ? weekdayNumber(words[0] ?? '') : undefined;
  const timeWords = weekday === undefined ? words : words.slice(1);
  const time = timeWords.length === 0 ? undefined : readClockTime(timeWords.join(' '));
  if (timeWords.length > 0 && time === undefined) {
    const wanted = keyword.takes === 'weekday-and-time' ? 'a weekday and a time such as "sun 03:00"' : 'a time such as "02:00"';
    return fail(scheduleExpected, `${quote(text)}: after "${name}" write ${wanted}, not ${quote(timeWords.join(' '))}`);
  }
  const daysOfWeek = weekday === undefined ? keyword.pattern.daysOfWeek : [weekday];
  if (time === undefined) {
    return patternSchedule(text, succeed({ ...keyword.pattern, daysOfWeek }), {
      description: `every ${weekdayNames[weekday ?? 0]}`,
      cron: false,
    });
  }
  const pattern: CalendarPattern = { ...keyword.pattern, daysOfWeek, hours: [time.hour], minutes: [time.minute] };
  if (keyword.takes === 'weekday-and-time' && weekday === undefined) {
    const at = clockText(time.hour * 60 + time.minute);
    return patternSchedule(text, succeed(pattern), { description: `${keyword.description} at ${at}`, cron: false });
  }
  return patternSchedule(text, succeed(pattern));
}

/**
 * Builds a schedule from a calendar pattern. `description` replaces the generated one, and
 * `cron: false` leaves the cron line out where the user did not fix the time of day.
 */
function patternSchedule(
  text: string,
  parsed: ParseResult<CalendarPattern>,
  options: { readonly description?: string; readonly cron?: boolean } = {},
): ParseResult<Schedule> {
  if (!parsed.ok) return fail(scheduleExpected, parsed.hint);
  const gaps = calendarGaps(parsed.value);
  if (gaps === undefined) return fail(scheduleExpected, `${quote(text)} never runs, or runs only once; check the days and months`);
  const schedule: Schedule = {
    intervalSeconds: seconds(gaps.shortestMinutes * 60),
    longestGapSeconds: seconds(gaps.longestMinutes * 60),
    description: options.description ?? describeCalendar(parsed.value),
  };
  const cron = options.cron === false ? undefined : (toCron(parsed.value) ?? cronFallback(text));
  return succeed(cron === undefined ? schedule : { ...schedule, cron });
}

/** A cron line that cannot be rewritten from its pattern (see toCron) is kept as the user wrote it. */
function cronFallback(text: string): string | undefined {
  const words = text.trim().split(/\s+/u);
  return words.length === 5 ? words.join(' ') : undefined;
}

const everyUnits: readonly (readonly [number, string])[] = [
  [604_800, 'week'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** "every 6 hours", "every day", "every 90 minutes": the largest unit that divides the interval. */
function describeEvery(interval: number): string {
  for (const [size, unit] of everyUnits) {
    if (interval % size !== 0) continue;
    const count = interval / size;
    return count === 1 ? `every ${unit}` : `every ${count} ${unit}s`;
  }
  return `every ${formatDecimal(interval, 3)} seconds`;
}
