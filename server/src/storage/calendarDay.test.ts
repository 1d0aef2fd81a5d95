import { describe, expect, it } from "vitest";
import { copenhagenDay, nextCopenhagenMidnight } from "./calendarDay.ts";

// The instants are built from a year and a few hours, not written as dates: what matters is the
// kind of day (winter, summer, the nights the clocks change), which recurs every year.
const year = new Date().getUTCFullYear();
/** The last Sunday of a month (UTC noon): the EU changes clocks on it at 01:00 UTC. */
function lastSunday(month: number): Date {
  const day = new Date(Date.UTC(year, month + 1, 0, 12));
  day.setUTCDate(day.getUTCDate() - day.getUTCDay());
  return day;
}
const at = (day: Date, utcHours: number) => new Date(Date.UTC(year, day.getUTCMonth(), day.getUTCDate(), utcHours));

describe("nextCopenhagenMidnight", () => {
  it("is 23:00 UTC in winter and 22:00 UTC in summer, the first instant of the next Danish day", () => {
    const winter = new Date(Date.UTC(year, 0, 15, 9, 30));
    expect(nextCopenhagenMidnight(winter).toISOString()).toBe(new Date(Date.UTC(year, 0, 15, 23)).toISOString());
    const summer = new Date(Date.UTC(year, 6, 15, 21, 59));
    expect(nextCopenhagenMidnight(summer).toISOString()).toBe(new Date(Date.UTC(year, 6, 15, 22)).toISOString());
  });

  it("moves to the next day even a minute before midnight, and past it from midnight itself", () => {
    const minuteBefore = new Date(Date.UTC(year, 0, 15, 22, 59));
    expect(nextCopenhagenMidnight(minuteBefore).getTime()).toBe(Date.UTC(year, 0, 15, 23));
    const midnight = new Date(Date.UTC(year, 0, 15, 23));
    expect(nextCopenhagenMidnight(midnight).getTime()).toBe(Date.UTC(year, 0, 16, 23));
  });

  it("holds on the days the clocks change (23 and 25 hours long)", () => {
    for (const day of [lastSunday(2), lastSunday(9)]) {
      const morning = at(day, 6);
      const next = nextCopenhagenMidnight(morning);
      expect(copenhagenDay(next)).not.toBe(copenhagenDay(morning));
      expect(copenhagenDay(new Date(next.getTime() - 1))).toBe(copenhagenDay(morning));
    }
  });
});
