import { dateTimeFormat } from "./formats.ts";

/**
 * Date helpers for the forms and lists. A meeting's start is stored as an ISO datetime with the
 * offset of the person who planned it, so "10:00" means 10:00 where the meeting happens and
 * survives a change to or from summer time.
 */

function pad(value: number): string {
  return String(Math.trunc(Math.abs(value))).padStart(2, "0");
}

/** "2026-12-01" + "10:00" → "2026-12-01T10:00:00+01:00" in this browser's time zone, or null. */
export function localStartsAt(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, year, month, day] = dateMatch.map(Number) as [number, number, number, number];
  const [, hours, minutes] = timeMatch.map(Number) as [number, number, number];
  const local = new Date(year, month - 1, day, hours, minutes);
  if (Number.isNaN(local.getTime()) || local.getDate() !== day) return null;
  // getTimezoneOffset is minutes *behind* UTC, so Copenhagen in winter gives -60.
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${date}T${pad(hours)}:${pad(minutes)}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" }).format(date);
}

export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: "long" }).format(date);
}

/** Today in this browser's time zone as YYYY-MM-DD, for a date field's starting value. */
export function todayLocal(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
