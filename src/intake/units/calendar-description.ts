import { clockText, joinWords, monthNames, weekdayNames } from './calendar-names.js';
import { dailyMinutes, runsEveryDayOfMonth, type CalendarPattern } from './calendar-pattern.js';

/**
 * Describes a calendar pattern as an English phrase: "every day at 02:00", "every 15 minutes",
 * "every Monday to Friday at 22:00", "every hour from 08:00 to 18:00, every Saturday".
 */
export function describeCalendar(pattern: CalendarPattern): string {
  const days = describeDays(pattern);
  const times = describeTimes(pattern);
  if (days === undefined) return times.repeats ? times.text : `every day ${times.text}`;
  return times.repeats ? `${times.text}, ${days}` : `${days} ${times.text}`;
}

/** Times of day; `repeats` is false for "at …" (a few fixed times), true for "every …". */
function describeTimes(pattern: CalendarPattern): { readonly text: string; readonly repeats: boolean } {
  const times = dailyMinutes(pattern);
  const first = times[0] ?? 0;
  if (times.length <= 1) return { text: `at ${clockText(first)}`, repeats: false };
  const step = arithmeticStep(times);
  if (step !== undefined && times.length * step === 1440) {
    if (step === 60 && first !== 0) return { text: `every hour at minute ${first}`, repeats: true };
    return { text: first === 0 ? everyStep(step) : `${everyStep(step)} from ${clockText(first)}`, repeats: true };
  }
  if (times.length <= 4) return { text: `at ${joinWords(times.map(clockText))}`, repeats: false };
  const last = times[times.length - 1] ?? 0;
  if (step !== undefined) return { text: `${everyStep(step)} from ${clockText(first)} to ${clockText(last)}`, repeats: true };

  // Minutes that repeat evenly through each hour ("0/15", or a single minute): say it per run of hours.
  const minuteStep = pattern.minutes.length === 1 ? 60 : arithmeticStep(pattern.minutes);
  const firstMinute = pattern.minutes[0] ?? 0;
  const lastMinute = pattern.minutes[pattern.minutes.length - 1] ?? 0;
  const hourRuns = runs(pattern.hours);
  const windowsHaveLength = pattern.minutes.length > 1 || hourRuns.every(([from, to]) => to > from);
  if (minuteStep !== undefined && pattern.minutes.length * minuteStep === 60 && windowsHaveLength) {
    const windows = hourRuns.map(([from, to]) => `from ${clockText(from * 60 + firstMinute)} to ${clockText(to * 60 + lastMinute)}`);
    return { text: `${everyStep(minuteStep)} ${windows.join(' and ')}`, repeats: true };
  }
  if (pattern.hours.length === 24) return { text: `every hour at minutes ${joinWords(pattern.minutes.map(String))}`, repeats: true };
  return { text: `${times.length} times a day from ${clockText(first)} to ${clockText(last)}`, repeats: true };
}

function everyStep(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return minutes === 1 ? 'every minute' : `every ${minutes} minutes`;
}

/** The common difference of an ascending list of two or more, or undefined when it has none. */
function arithmeticStep(values: readonly number[]): number | undefined {
  const first = values[0];
  const second = values[1];
  if (first === undefined || second === undefined) return undefined;
  return values.every((value, index) => value === first + index * (second - first)) ? second - first : undefined;
}

/** Consecutive runs in a sorted list: [1, 2, 3, 7] → [[1, 3], [7, 7]]. */
function runs(values: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  for (const value of values) {
    const current = found[found.length - 1];
    if (current !== undefined && current[1] === value - 1) current[1] = value;
    else found.push([value, value]);
  }
  return found;
}

/** The days a pattern runs on, or undefined for every day. */
function describeDays(pattern: CalendarPattern): string | undefined {
  const months = pattern.months.length === 12 ? undefined : list(pattern.months, (month) => monthNames[month - 1] ?? '');
  if (runsEveryDayOfMonth(pattern)) return months === undefined ? undefined : `every day in ${months}`;
  const weekdays = pattern.daysOfWeek.length === 7 ? undefined : `every ${weekdayList(pattern.daysOfWeek)}`;
  const dayWord = pattern.daysOfMonth.length === 1 ? 'day' : 'days';
  const monthDays = pattern.daysOfMonth.length === 31 ? undefined : `${dayWord} ${list(pattern.daysOfMonth, String)}`;
  if (weekdays === undefined) return `on ${monthDays ?? ''} of ${months ?? 'every month'}`;
  const inMonths = months === undefined ? '' : ` in ${months}`;
  if (monthDays === undefined) return `${weekdays}${inMonths}`;
  if (pattern.dayRule === 'either') {
    return months === undefined ? `on ${monthDays} of every month and ${weekdays}` : `on ${monthDays} and ${weekdays}${inMonths}`;
  }
  return `${weekdays} that falls on ${monthDays}${months === undefined ? ' of every month' : inMonths}`;
}

/** Weekdays in Monday-first order, runs of three or more as ranges: "Monday to Friday", "Saturday and Sunday". */
function weekdayList(days: readonly number[]): string {
  const mondayFirst = [...days].map((day) => (day + 6) % 7).sort((left, right) => left - right);
  return list(mondayFirst, (position) => weekdayNames[(position + 1) % 7] ?? '');
}

/**
 * Names sorted values for a sentence: runs of three or more as "1 to 7", a long even-stepped
 * list as "1, 3, … 31", anything else listed in full.
 */
function list(values: readonly number[], name: (value: number) => string): string {
  const step = arithmeticStep(values);
  if (step !== undefined && step > 1 && values.length >= 5) {
    return `${name(values[0] ?? 0)}, ${name(values[1] ?? 0)}, … ${name(values[values.length - 1] ?? 0)}`;
  }
  return joinWords(runs(values).flatMap(([from, to]) => (to - from >= 2 ? [`${name(from)} to ${name(to)}`] : spanNames(from, to, name))));
}

function spanNames(from: number, to: number, name: (value: number) => string): string[] {
  const names: string[] = [];
  for (let value = from; value <= to; value += 1) names.push(name(value));
  return names;
}
