/**
 * A Copenhagen calendar day (YYYY-MM-DD) counted from today, so tests about dates hold on any
 * day they run rather than on the day they were written.
 */
export function daysFromNow(days: number, now: Date = new Date()): string {
  const at = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(at);
}
