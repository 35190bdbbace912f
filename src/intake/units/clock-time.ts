/** A time of day as written after a schedule keyword. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/**
 * "02:00", "2:00", "14:30", "2am", "2:30 pm". A bare "2" is refused: it could be an hour, a
 * minute or a count, and a schedule that runs at the wrong hour fails silently.
 */
const clockPattern = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/iu;

/** Reads a time of day, or undefined when the text is not one. */
export function readClockTime(text: string): ClockTime | undefined {
  const match = clockPattern.exec(text.trim());
  if (match === null) return undefined;
  const [, hourText = '', minuteText, meridiem] = match;
  if (minuteText === undefined && meridiem === undefined) return undefined;
  const written = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59) return undefined;
  if (meridiem === undefined) return written <= 23 ? { hour: written, minute } : undefined;
  if (written < 1 || written > 12) return undefined;
  return { hour: (written % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0), minute };
}
