import { weekdayNumber } from './calendar-names.js';
import { readFieldList, type CalendarField, type FieldValues } from './calendar-field.js';
import { span, type CalendarPattern } from './calendar-pattern.js';
import { fail, quote, succeed, type ParseResult } from './parse-result.js';

const eventExpected = 'a Proxmox calendar event such as "02:00", "*/6:00", "sun 03:00" or "mon..fri 22:00"';

const weekdayField: CalendarField = { name: 'weekday', minimum: 0, maximum: 6, named: weekdayNumber };
const monthField: CalendarField = { name: 'month', minimum: 1, maximum: 12 };
const monthDayField: CalendarField = { name: 'day', minimum: 1, maximum: 31 };
const hourField: CalendarField = { name: 'hour', minimum: 0, maximum: 23 };
const minuteField: CalendarField = { name: 'minute', minimum: 0, maximum: 59 };
const secondField: CalendarField = { name: 'second', minimum: 0, maximum: 59 };

/**
 * Reads a Proxmox calendar event, "[WEEKDAY] [[YEARS-]MONTHS-DAYS] [HOURS:MINUTES[:SECONDS]]"
 * (pve-admin-guide, chapter "Calendar Events"): "02:00", "*\/6:00", "sun 03:00",
 * "mon..fri 22:00", "sat *-1..7 15:00". A missing time means 00:00; a lone number is minutes.
 * Weekday and date must both match. Years must be "*": a schedule has to repeat.
 */
export function parseCalendarEvent(text: string): ParseResult<CalendarPattern> {
  const tokens = text.trim().split(/\s+/u);
  let next = 0;
  const take = (accepts: (token: string) => boolean): string | undefined => {
    const token = tokens[next];
    if (token === undefined || !accepts(token)) return undefined;
    next += 1;
    return token;
  };
  const weekdayText = take((token) => /^[a-z]/iu.test(token));
  const dateText = take((token) => token.includes('-'));
  const timeText = take(() => true);
  if (next < tokens.length || tokens[0] === '') {
    return fail(eventExpected, `${quote(text)} is not "[weekday] [month-day] [hour:minute]"`);
  }

  const weekdays = weekdayText === undefined ? ok(span(0, 6)) : readFieldList(weekdayText, weekdayField, '..', true);
  if (!weekdays.ok) return fail(eventExpected, `${quote(text)}: ${weekdays.hint}`);
  const date = readDate(dateText ?? '*-*');
  if (!date.ok) return fail(eventExpected, `${quote(text)}: ${date.hint}`);
  const time = readTime(timeText ?? '0:0');
  if (!time.ok) return fail(eventExpected, `${quote(text)}: ${time.hint}`);
  return succeed({
    minutes: time.minutes,
    hours: time.hours,
    daysOfMonth: date.days,
    months: date.months,
    daysOfWeek: weekdays.values,
    dayRule: 'both',
  });
}

function ok(values: number[]): FieldValues {
  return { ok: true, values };
}

type DateValues = { readonly ok: true; readonly months: number[]; readonly days: number[] } | { readonly ok: false; readonly hint: string };

function readDate(text: string): DateValues {
  const parts = text.split('-');
  if (parts.length < 2 || parts.length > 3) return { ok: false, hint: `date ${quote(text)} is not "month-day" or "year-month-day"` };
  if (parts.length === 3 && parts[0] !== '*') {
    return { ok: false, hint: `date ${quote(text)} names a year; a repeating schedule needs "*" for the year` };
  }
  const months = readFieldList(parts[parts.length - 2] ?? '', monthField, '..');
  if (!months.ok) return months;
  const days = readFieldList(parts[parts.length - 1] ?? '', monthDayField, '..');
  if (!days.ok) return days;
  return { ok: true, months: months.values, days: days.values };
}

type TimeValues = { readonly ok: true; readonly hours: number[]; readonly minutes: number[] } | { readonly ok: false; readonly hint: string };

function readTime(text: string): TimeValues {
  const parts = text.split(':');
  if (parts.length > 3) return { ok: false, hint: `time ${quote(text)} is not "hour:minute"` };
  const [hourText, minuteText, secondText] = parts.length === 1 ? ['*', parts[0], undefined] : parts;
  const hours = readFieldList(hourText ?? '', hourField, '..');
  if (!hours.ok) return hours;
  const minutes = readFieldList(minuteText ?? '', minuteField, '..');
  if (!minutes.ok) return minutes;
  if (secondText !== undefined) {
    // A single second only shifts every run alike; several would mean runs seconds apart.
    const second = readFieldList(secondText, secondField, '..');
    if (!second.ok) return second;
    if (second.values.length !== 1) return { ok: false, hint: `seconds ${quote(secondText)} must be a single value` };
  }
  return { ok: true, hours: hours.values, minutes: minutes.values };
}
