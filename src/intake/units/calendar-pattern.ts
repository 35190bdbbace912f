/**
 * A repeating wall-clock rule: the common form that cron lines, Proxmox calendar events and
 * schedule keywords are all read into, so gaps, descriptions and cron output are computed once.
 */
export interface CalendarPattern {
  /** Minutes of the hour, 0–59, sorted, at least one. */
  readonly minutes: readonly number[];
  /** Hours of the day, 0–23, sorted, at least one. */
  readonly hours: readonly number[];
  /** Days of the month, 1–31, sorted; all 31 when unrestricted. */
  readonly daysOfMonth: readonly number[];
  /** Months, 1–12, sorted; all 12 when unrestricted. */
  readonly months: readonly number[];
  /** Days of the week, 0 = Sunday … 6 = Saturday, sorted; all 7 when unrestricted. */
  readonly daysOfWeek: readonly number[];
  /**
   * How day of month and day of week combine. cron runs on days matching either when both fields
   * are restricted; Proxmox (like systemd) needs both, so "sat *-1..7" is the first Saturday.
   */
  readonly dayRule: 'either' | 'both';
}

/** Every value from `first` to `last`, inclusive. */
export function span(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** A pattern with every day of every month, for the given times. */
export function everyDayAt(hours: readonly number[], minutes: readonly number[]): CalendarPattern {
  return { minutes, hours, daysOfMonth: span(1, 31), months: span(1, 12), daysOfWeek: span(0, 6), dayRule: 'both' };
}

/** The minutes after midnight at which the pattern runs on a day it runs at all, ascending. */
export function dailyMinutes(pattern: CalendarPattern): number[] {
  return pattern.hours.flatMap((hour) => pattern.minutes.map((minute) => hour * 60 + minute));
}

/** True when day restrictions leave every day of the month and week, so the pattern runs daily (month aside). */
export function runsEveryDayOfMonth(pattern: CalendarPattern): boolean {
  const allMonthDays = pattern.daysOfMonth.length === 31;
  const allWeekDays = pattern.daysOfWeek.length === 7;
  return pattern.dayRule === 'either' ? allMonthDays || allWeekDays : allMonthDays && allWeekDays;
}

/** How far apart consecutive runs of a pattern are. */
export interface CalendarGaps {
  /** The shortest time between two consecutive runs, in minutes. */
  readonly shortestMinutes: number;
  /** The longest time between two consecutive runs, in minutes. */
  readonly longestMinutes: number;
}

const minutesPerDay = 1440;
const millisecondsPerDay = 86_400_000;
/**
 * The days simulated: 2000-01-01 to 2027-12-31. Weekdays and dates repeat every 28 years between
 * 1901 and 2099, so this covers every combination of weekday, date and leap year there is.
 */
const horizonStart = Date.UTC(2000, 0, 1) / millisecondsPerDay;
const horizonDays = 28 * 365 + 7;

/**
 * The shortest and longest gaps between consecutive runs, found by walking the calendar day by
 * day. Wall-clock time is used without time zones or daylight saving. Undefined when the pattern
 * runs fewer than twice (e.g. "0 0 30 2 *", February 30th).
 */
export function calendarGaps(pattern: CalendarPattern): CalendarGaps | undefined {
  const times = dailyMinutes(pattern);
  const firstTime = times[0];
  const lastTime = times[times.length - 1];
  if (firstTime === undefined || lastTime === undefined) return undefined;
  const monthDays = new Set(pattern.daysOfMonth);
  const months = new Set(pattern.months);
  const weekDays = new Set(pattern.daysOfWeek);

  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (let index = 1; index < times.length; index += 1) {
    const gap = (times[index] ?? 0) - (times[index - 1] ?? 0);
    shortest = Math.min(shortest, gap);
    longest = Math.max(longest, gap);
  }
  let runDays = 0;
  let previousDay: number | undefined;
  for (let day = horizonStart; day < horizonStart + horizonDays; day += 1) {
    const date = new Date(day * millisecondsPerDay);
    if (!months.has(date.getUTCMonth() + 1)) continue;
    const monthDay = monthDays.has(date.getUTCDate());
    const weekDay = weekDays.has(date.getUTCDay());
    if (!(pattern.dayRule === 'either' ? monthDay || weekDay : monthDay && weekDay)) continue;
    if (previousDay !== undefined) {
      const gap = (day - previousDay) * minutesPerDay + firstTime - lastTime;
      shortest = Math.min(shortest, gap);
      longest = Math.max(longest, gap);
    }
    previousDay = day;
    runDays += 1;
  }
  if (runDays === 0 || (runDays === 1 && times.length === 1)) return undefined;
  return { shortestMinutes: shortest, longestMinutes: longest };
}
