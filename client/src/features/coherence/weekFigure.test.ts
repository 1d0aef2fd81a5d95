import { describe, expect, it } from "vitest";
import { parseWeekFigure, weekFigureText } from "./weekFigure.ts";

describe("a figure of her week, as typed", () => {
  const hours = { max: 168, whole: false };
  const appointments = { max: 50, whole: true };

  it("reads a Danish decimal comma and an empty field as nobody said", () => {
    expect(parseWeekFigure("1,5", hours)).toBe(1.5);
    expect(parseWeekFigure(" 12 ", hours)).toBe(12);
    expect(parseWeekFigure("", hours)).toBeNull();
  });

  it("refuses what the plan cannot hold", () => {
    expect(parseWeekFigure("-1", hours)).toBeUndefined();
    expect(parseWeekFigure("169", hours)).toBeUndefined();
    expect(parseWeekFigure("to", hours)).toBeUndefined();
    expect(parseWeekFigure("1,5", appointments)).toBeUndefined();
  });

  it("shows a figure back with the language's decimals", () => {
    expect(weekFigureText(1.5, "da-DK")).toBe("1,5");
    expect(weekFigureText(1.5, "en-GB")).toBe("1.5");
    expect(weekFigureText(null, "da-DK")).toBe("");
  });
});
