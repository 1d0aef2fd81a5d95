/**
 * Dates of consent and due dates are Danish calendar days: "today" is today in Copenhagen, not
 * in UTC (between 23:00 and 01:00 the two differ).
 */
export function copenhagenDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(at);
}

/** The calendar day `days` after a YYYY-MM-DD (before, when negative). */
export function addCalendarDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD to another; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The first moment of the next Copenhagen day after `at`: when a consent whose last day was
 * today stops covering anyone. Found by stepping whole hours, since the length of a Danish day
 * changes twice a year and Intl offers no direct way to ask for midnight in a time zone.
 */
export function nextCopenhagenMidnight(at: Date): Date {
  const today = copenhagenDay(at);
  // Start of the current UTC hour; at most 26 steps reach the next Danish day.
  let hour = Math.floor(at.getTime() / 3_600_000) * 3_600_000;
  while (copenhagenDay(new Date(hour)) === today) hour += 3_600_000;
  return new Date(hour);
}

/**
 * The moment a Copenhagen day reaches `hour` o'clock (local time, summer or winter): when a
 * reminder for that day goes out. Tries the two offsets Denmark uses and keeps the one that is.
 */
export function copenhagenTime(day: string, hour: number): Date {
  const hh = String(hour).padStart(2, "0");
  for (const offset of ["+01:00", "+02:00"]) {
    const at = new Date(`${day}T${hh}:00:00${offset}`);
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hour12: false });
    if (copenhagenDay(at) === day && Number(local.format(at)) === hour) return at;
  }
  return new Date(`${day}T${hh}:00:00+01:00`);
}
