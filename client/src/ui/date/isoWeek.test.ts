import { describe, expect, it } from "vitest";
import { isoWeek } from "./isoWeek.ts";

// Every date is built from today, so the rules are checked on whatever year the tests run in.
const today = new Date();
const DAY = 86_400_000;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const weekOf = (date: Date) => isoWeek(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
const thisYear = today.getFullYear();

describe("isoWeek", () => {
  it("counts 4 January as week 1 and 28 December as the year's last week, in this year and the next five", () => {
    for (let year = thisYear; year < thisYear + 6; year++) {
      expect(weekOf(utc(year, 1, 4))).toBe(1);
      expect([52, 53]).toContain(weekOf(utc(year, 12, 28)));
    }
  });

  it("keeps Monday to Sunday in one week and starts a new one each Monday", () => {
    const now = utc(thisYear, today.getMonth() + 1, today.getDate());
    const monday = new Date(now.getTime() - ((now.getUTCDay() + 6) % 7) * DAY);
    const week = weekOf(monday);
    for (let offset = 1; offset < 7; offset++) expect(weekOf(new Date(monday.getTime() + offset * DAY))).toBe(week);
    const next = weekOf(new Date(monday.getTime() + 7 * DAY));
    expect(next === 1 || next === (week ?? 0) + 1).toBe(true);
  });

  it("walks a whole year from today one week at a time without skipping or repeating a number", () => {
    const now = utc(thisYear, today.getMonth() + 1, today.getDate());
    let previous = weekOf(now) ?? 0;
    for (let step = 1; step <= 53; step++) {
      const week = weekOf(new Date(now.getTime() + step * 7 * DAY)) ?? 0;
      if (week !== 1) expect(week).toBe(previous + 1);
      else expect([52, 53]).toContain(previous);
      previous = week;
    }
  });

  it("gives a Thursday the week its day of the year falls in", () => {
    const now = utc(thisYear, today.getMonth() + 1, today.getDate());
    const thursday = new Date(now.getTime() + ((3 - ((now.getUTCDay() + 6) % 7) + 7) % 7) * DAY);
    const dayOfYear = (thursday.getTime() - utc(thursday.getUTCFullYear(), 1, 1).getTime()) / DAY + 1;
    expect(weekOf(thursday)).toBe(Math.ceil(dayOfYear / 7));
  });

  it("puts the days around New Year in the week of their Thursday", () => {
    // 1 January belongs to the old year's last week when it falls on Friday, Saturday or Sunday.
    for (let year = thisYear; year < thisYear + 7; year++) {
      const weekday = (utc(year, 1, 1).getUTCDay() + 6) % 7;
      const expected = weekday <= 3 ? 1 : weekOf(utc(year - 1, 12, 28));
      expect(weekOf(utc(year, 1, 1))).toBe(expected);
    }
  });

  it("says null for a day that does not exist", () => {
    expect(isoWeek(thisYear, 2, 30)).toBeNull();
    expect(isoWeek(thisYear, 13, 1)).toBeNull();
  });
});
