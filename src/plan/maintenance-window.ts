/**
 * Maintenance windows as the spec writes them ("sat 22:00-23:59", "daily 01:00-05:00",
 * "mon..fri 18:00-22:00"): how long each is, and how many windows a sequence of disruptive steps
 * needs when consecutive steps share a window while they fit.
 */

/** Seconds a window lasts; a window whose end is before its start runs past midnight. */
export function windowSeconds(window: string): number | undefined {
  const match = /(\d{2}):(\d{2})-(\d{2}):(\d{2})$/u.exec(window.trim());
  if (match === null) return undefined;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = Number(match[3]) * 60 + Number(match[4]);
  return ((end - start + 24 * 60) % (24 * 60) || 24 * 60) * 60;
}

/** The longest declared window in seconds, or undefined when none is declared. */
export function longestWindow(windows: readonly string[]): number | undefined {
  const lengths = windows.map(windowSeconds).filter((length): length is number => length !== undefined);
  return lengths.length === 0 ? undefined : Math.max(...lengths);
}

/** Windows of `length` seconds needed for `durations` done in order, packing consecutive ones while they fit. */
export function windowsNeeded(durations: readonly number[], length: number): number {
  let windows = 0;
  let left = 0;
  for (const duration of durations) {
    if (duration > left || windows === 0) {
      windows++;
      left = length;
    }
    left -= Math.min(duration, left);
  }
  return windows;
}
