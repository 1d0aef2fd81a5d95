import { dateTimeFormat } from "./formats.ts";

/**
 * A calendar day (YYYY-MM-DD, no time of day) in words, read as that day wherever the browser is:
 * `new Date("2026-12-10")` would be midnight UTC, the day before west of Greenwich.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return dateTimeFormat(locale, { dateStyle: "long" }).format(new Date(year, month - 1, day));
}

/** Noon that day in this browser's time zone, as seconds: where a day sits on a time axis. */
export function calendarDateSeconds(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Date(year, month - 1, day, 12).getTime() / 1000;
}

/** Whole days from today (in this browser) to a calendar day: 0 today, negative when it has passed. */
export function daysUntil(isoDate: string, now = new Date()): number | null {
  const seconds = calendarDateSeconds(isoDate);
  if (seconds === null) return null;
  const todayNoon = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12).getTime() / 1000;
  // Rounded: a day across a change to or from summer time is 23 or 25 hours.
  return Math.round((seconds - todayNoon) / 86_400);
}
