import { monthNumber, weekdayNumber } from './calendar-names.js';
import { cronFieldText, readFieldList, type CalendarField } from './calendar-field.js';
import type { CalendarPattern } from './calendar-pattern.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';

const cronExpected = 'a cron line of five fields such as "0 2 * * *"';

const minuteField: CalendarField = { name: 'minute', minimum: 0, maximum: 59 };
const hourField: CalendarField = { name: 'hour', minimum: 0, maximum: 23 };
const monthDayField: CalendarField = { name: 'day of month', minimum: 1, maximum: 31 };
const monthField: CalendarField = { name: 'month', minimum: 1, maximum: 12, named: monthNumber };
/** cron allows 7 for Sunday as well as 0. */
const weekdayField: CalendarField = { name: 'day of week', minimum: 0, maximum: 7, named: weekdayNumber };

/** The @-shorthands cron understands, as five-field lines. */
export const cronMacros: ReadonlyMap<string, string> = new Map([
  ['@hourly', '0 * * * *'],
  ['@daily', '0 0 * * *'],
  ['@midnight', '0 0 * * *'],
  ['@weekly', '0 0 * * 0'],
  ['@monthly', '0 0 1 * *'],
  ['@yearly', '0 0 1 1 *'],
  ['@annually', '0 0 1 1 *'],
]);

/**
 * Reads a five-field cron line ("minute hour day-of-month month day-of-week") with lists, ranges,
 * steps and names, or an @-shorthand such as "@daily". As in Vixie cron, when both day fields are
 * restricted (neither starts with "*") a day matches if either does.
 */
export function parseCron(text: string): ParseResult<CalendarPattern> {
  const line = cronMacros.get(text.trim().toLowerCase()) ?? text;
  const fields = line.trim().split(/\s+/u);
  if (fields.length !== 5) {
    return fail(cronExpected, `${quote(text)} has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}; cron needs 5 (seconds and years are not supported)`);
  }
  const [minuteText = '', hourText = '', monthDayText = '', monthText = '', weekdayText = ''] = fields;
  const readings = [
    readFieldList(minuteText, minuteField, '-'),
    readFieldList(hourText, hourField, '-'),
    readFieldList(monthDayText, monthDayField, '-'),
    readFieldList(monthText, monthField, '-'),
    readFieldList(weekdayText, weekdayField, '-'),
  ];
  const values: number[][] = [];
  for (const reading of readings) {
    if (!reading.ok) return fail(cronExpected, `${quote(text)}: ${reading.hint}`);
    values.push(reading.values);
  }
  const [minutes = [], hours = [], daysOfMonth = [], months = [], weekdays = []] = values;
  const daysOfWeek = [...new Set(weekdays.map((day) => day % 7))].sort((left, right) => left - right);
  const bothDaysRestricted = !monthDayText.startsWith('*') && !weekdayText.startsWith('*');
  return succeed({ minutes, hours, daysOfMonth, months, daysOfWeek, dayRule: bothDaysRestricted ? 'either' : 'both' });
}

/**
 * Writes a pattern as a cron line, or undefined when cron cannot say it: a Proxmox event that
 * restricts both the weekday and the date needs both to match, and cron would run on either.
 */
export function toCron(pattern: CalendarPattern): string | undefined {
  const monthDaysRestricted = pattern.daysOfMonth.length < 31;
  const weekDaysRestricted = pattern.daysOfWeek.length < 7;
  if (pattern.dayRule === 'both' && monthDaysRestricted && weekDaysRestricted) return undefined;
  const everyDay = pattern.dayRule === 'either' && !(monthDaysRestricted && weekDaysRestricted);
  return [
    cronFieldText(pattern.minutes, 0, 59),
    cronFieldText(pattern.hours, 0, 23),
    everyDay ? '*' : cronFieldText(pattern.daysOfMonth, 1, 31),
    cronFieldText(pattern.months, 1, 12),
    everyDay ? '*' : cronFieldText(pattern.daysOfWeek, 0, 6),
  ].join(' ');
}
