/**
 * Dates for the journeys, always relative to "now", so what a journey asserts does not change
 * with the day it runs on. Samplan's days are Copenhagen's calendar days. "Now" is the real clock
 * moved by the project's clock shift (see e2e/support/test.ts): the journeys that run "a year
 * from now" write dates a year ahead, as a person using Samplan then would.
 */
const copenhagen = "Europe/Copenhagen";

/** The clock shift of the running project, in days; set by the `clockShiftDays` fixture. */
let shiftDays = 0;

export function setClockShift(days: number): void {
  shiftDays = days;
}

/** The moment the journey takes as now. */
export function now(): Date {
  return new Date(Date.now() + shiftDays * 86_400_000);
}

/** The Copenhagen calendar day `days` from now, as a date field takes it (YYYY-MM-DD). */
export function daysFromNow(days: number): string {
  // sv-SE writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: copenhagen }).format(
    new Date(now().getTime() + days * 86_400_000),
  );
}

/** That day at a Copenhagen wall-clock time, as the API takes it (an ISO time with the offset Copenhagen has that day). */
export function atCopenhagenTime(day: string, time: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat("en-GB", { timeZone: copenhagen, timeZoneName: "longOffset" })
    .formatToParts(noon)
    .find((part) => part.type === "timeZoneName")
    ?.value.replace("GMT", "");
  return `${day}T${time}:00${offset || "+00:00"}`;
}

/** A day as Samplan writes it in Danish (day, month name, year). */
export function danishDate(day: string): string {
  return new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** The ISO-8601 week ("uge 49") of a YYYY-MM-DD day: the week of its Thursday, weeks from Monday. */
export function isoWeekOf(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** The YYYY-MM-DD day `days` after another. */
export function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
