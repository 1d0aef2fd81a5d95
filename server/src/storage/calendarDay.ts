/**
 * Dates of consent and due dates are Danish calendar days: "today" is today in Copenhagen, not
 * in UTC (between 23:00 and 01:00 the two differ).
 */
export function copenhagenDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(at);
}

/** Whole days from one YYYY-MM-DD to another; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
