import { describe, expect, it } from "vitest";
import { pointSpread, type ScaledPoint, spreadOverMeetings } from "./spread.ts";

describe("how far apart the perspectives were at each meeting", () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const point = (meetingId: string, startsAt: string, citizen: number | null, others: [string, number][]) =>
    ({
      meetingId,
      startsAt,
      citizen,
      others: others.map(([raterName, value]) => ({ raterName, value })),
    }) satisfies ScaledPoint;

  it("is highest minus lowest, her scale included, with who was at each end", () => {
    const spread = pointSpread(
      point("a", daysAgo(0), 4, [
        ["Mette", 3],
        ["Ole", 7],
      ]),
    );
    expect(spread).toMatchObject({ spread: 4, lowest: { value: 3, raters: ["Mette"] }, count: 3 });
    expect(spread?.highest).toEqual({ value: 7, raters: ["Ole"] });
  });

  it("names her (null) and everyone sharing an end; 0 when all agree", () => {
    const spread = pointSpread(
      point("a", daysAgo(0), 5, [
        ["Ole", 5],
        ["Mette", 5],
      ]),
    );
    expect(spread).toMatchObject({ spread: 0, lowest: { value: 5, raters: [null, "Ole", "Mette"] } });
    expect(pointSpread(point("a", daysAgo(0), null, []))).toBeNull();
  });

  it("is never an average: one far-off view keeps the spread wide", () => {
    const spread = pointSpread(
      point("a", daysAgo(0), 2, [
        ["Ole", 9],
        ["Mette", 2],
        ["Sara", 2],
      ]),
    );
    expect(spread?.spread).toBe(7);
  });

  it("follows the meetings oldest first, leaving out meetings without scales", () => {
    const spreads = spreadOverMeetings([
      point("later", daysAgo(0), 6, [["Ole", 7]]),
      point("empty", daysAgo(14), null, []),
      point("first", daysAgo(28), 3, [["Ole", 7]]),
    ]);
    expect(spreads.map((s) => [s.meetingId, s.spread])).toEqual([
      ["first", 4],
      ["later", 1],
    ]);
  });
});
