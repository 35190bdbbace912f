/** English names of weekdays and months, shared by the schedule readers and the describer. */

/** Weekday names indexed by cron number: 0 = Sunday. */
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month names indexed by month number minus one. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The weekday number (0 = Sunday) for "sun", "Sunday" or "SUN", or undefined. */
export function weekdayNumber(text: string): number | undefined {
  const lower = text.toLowerCase();
  const index = weekdayNames.findIndex((name) => name.toLowerCase() === lower || name.slice(0, 3).toLowerCase() === lower);
  return index === -1 ? undefined : index;
}

/** The month number (1 = January) for "jan", "January" or "JAN", or undefined. */
export function monthNumber(text: string): number | undefined {
  const lower = text.toLowerCase();
  const index = monthNames.findIndex((name) => name.toLowerCase() === lower || name.slice(0, 3).toLowerCase() === lower);
  return index === -1 ? undefined : index + 1;
}

/** Joins words as English lists do: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** Formats minutes after midnight as "HH:MM". */
export function clockText(minutesAfterMidnight: number): string {
  const hours = Math.floor(minutesAfterMidnight / 60);
  const minutes = minutesAfterMidnight % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
