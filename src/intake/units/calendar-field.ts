import { quote } from './parse-result.js';

/**
 * One field of a calendar rule (minute, hour, day of month…): its range and its names. cron and
 * Proxmox calendar events spell lists, ranges and steps differently but mean the same sets.
 */
export interface CalendarField {
  readonly name: string;
  readonly minimum: number;
  readonly maximum: number;
  /** Reads a name such as "mon" or "jan" as a number. */
  readonly named?: (text: string) => number | undefined;
}

/** The spelling of a range: "-" in cron ("1-5"), ".." in Proxmox ("mon..fri"). */
export type RangeSeparator = '-' | '..';

/** Either the sorted distinct values of a field, or the hint saying what is wrong with it. */
export type FieldValues = { readonly ok: true; readonly values: number[] } | { readonly ok: false; readonly hint: string };

/**
 * Reads a comma-separated list of "*", "5", "1-5" (or "1..5"), "*\/15", "5/15" and "1-30/5" items.
 * `wraps` lets a range run past the maximum back to the minimum, as "sat..sun" does in Proxmox.
 */
export function readFieldList(
  text: string,
  field: CalendarField,
  separator: RangeSeparator,
  wraps = false,
): FieldValues {
  const values = new Set<number>();
  const bad = (why: string): FieldValues => ({ ok: false, hint: `${field.name} ${quote(text)} ${why}` });
  for (const item of text.split(',')) {
    const [rangeText = '', stepText, extra] = item.split('/');
    if (extra !== undefined || rangeText === '') return bad('is not a value, range or step');
    const step = stepText === undefined ? 1 : /^\d{1,4}$/u.test(stepText) ? Number(stepText) : Number.NaN;
    if (!(step >= 1)) return bad(`has step ${quote(stepText ?? '')}; use a whole number of 1 or more`);
    let first = field.minimum;
    let last = field.maximum;
    if (rangeText !== '*') {
      const [firstText = '', lastText, tooMany] = rangeText.split(separator);
      if (tooMany !== undefined) return bad('is not a value, range or step');
      const start = readValue(firstText, field);
      const end = lastText === undefined ? (stepText === undefined ? start : field.maximum) : readValue(lastText, field);
      if (start === undefined || end === undefined) {
        return bad(`is not made of numbers from ${field.minimum} to ${field.maximum}${field.named ? ' or names' : ''}`);
      }
      if (end < start && !wraps) return bad(`has a range that runs backwards`);
      first = start;
      last = end < start ? end + (field.maximum - field.minimum + 1) : end;
    }
    for (let value = first; value <= last; value += step) {
      values.add(value > field.maximum ? value - (field.maximum - field.minimum + 1) : value);
    }
  }
  return { ok: true, values: [...values].sort((left, right) => left - right) };
}

function readValue(text: string, field: CalendarField): number | undefined {
  const value = /^\d{1,2}$/u.test(text) ? Number(text) : field.named?.(text);
  return value !== undefined && value >= field.minimum && value <= field.maximum ? value : undefined;
}

/**
 * Writes values back in cron syntax, as short as it can: "*", "*\/15", "1-5", "0,30".
 * Runs of three or more become ranges; a step from the minimum to the end becomes "*\/n".
 */
export function cronFieldText(values: readonly number[], minimum: number, maximum: number): string {
  if (values.length === maximum - minimum + 1) return '*';
  const step = (values[1] ?? 0) - (values[0] ?? 0);
  // Three or more, so that "0,12" stays a list rather than becoming "*/12".
  const isStep =
    values.length >= 3 &&
    values[0] === minimum &&
    values.every((value, index) => value === minimum + index * step) &&
    (values[values.length - 1] ?? 0) + step > maximum;
  if (isStep) return `*/${step}`;
  const parts: string[] = [];
  for (let index = 0; index < values.length; ) {
    let end = index;
    while (end + 1 < values.length && values[end + 1] === (values[end] ?? 0) + 1) end += 1;
    if (end - index >= 2) parts.push(`${values[index]}-${values[end]}`);
    else parts.push(...values.slice(index, end + 1).map(String));
    index = end + 1;
  }
  return parts.join(',');
}
