/** The date argument of the tools that take one: a real calendar day, written YYYY-MM-DD. Kestra never reads the clock. */
import { z } from 'zod';

/** True for a day that exists: 2024-02-29 yes, 2025-02-29 no. */
function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export const dateArgument = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date written YYYY-MM-DD').refine(isCalendarDay, 'a real calendar day');
