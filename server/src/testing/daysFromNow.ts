import { copenhagenDay } from "../storage/calendarDay.ts";

/**
 * A Copenhagen calendar day (YYYY-MM-DD) counted from today, so tests about dates hold on any
 * day they run rather than on the day they were written. Counted in calendar days, not in
 * 24-hour steps, which would skip or repeat a day near midnight when the clocks change.
 */
export function daysFromNow(days: number, now: Date = new Date()): string {
  const day = new Date(`${copenhagenDay(now)}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
