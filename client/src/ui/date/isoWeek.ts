/**
 * ISO-8601 week numbers, the ones Danish caseworkers plan by ("uge 49"): weeks start on Monday, and
 * week 1 is the week with the year's first Thursday, so a week belongs to the year its Thursday is in.
 */

const DAY = 86_400_000;

/** The ISO week of a calendar day given as year, month (1–12) and day, or null for no such day. */
export function isoWeek(year: number, month: number, day: number): number | null {
  // UTC, so no change to or from summer time makes a day 23 or 25 hours long.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const fromMonday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - fromMonday) * DAY);
  const dayOfYear = (thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY + 1;
  return Math.ceil(dayOfYear / 7);
}
