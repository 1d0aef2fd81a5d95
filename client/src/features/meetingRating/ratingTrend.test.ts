import type { RatedMeeting } from "@samplan/shared/api";
import type { MeetingId } from "@samplan/shared/vocabulary";
import { describe, expect, it } from "vitest";
import { ratingTrend } from "./ratingTrend.ts";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

function rated(
  daysBack: number,
  answers: Partial<Pick<RatedMeeting, "heard" | "mattered" | "wayOfWorking" | "overall">>,
): RatedMeeting {
  return {
    meetingId: crypto.randomUUID() as MeetingId,
    title: `Møde for ${daysBack} dage siden`,
    startsAt: daysAgo(daysBack),
    heard: null,
    mattered: null,
    wayOfWorking: null,
    overall: null,
    networkMaySee: false,
    answeredAt: daysAgo(daysBack),
    updatedAt: daysAgo(daysBack),
    ...answers,
  };
}

const good = { heard: 5, mattered: 4, wayOfWorking: 4, overall: 4 };

describe("ratingTrend", () => {
  it("lists the meetings oldest first, each answer with its change since the meeting rated before", () => {
    const trend = ratingTrend([rated(14, { ...good, overall: 3 }), rated(42, good), rated(70, { heard: 3 })]);
    expect(trend.rows.map((row) => row.answers.heard)).toEqual([
      { value: 3, change: null },
      { value: 5, change: 2 },
      { value: 5, change: 0 },
    ]);
    // A question she left out has no change, then or the next time.
    expect(trend.rows.map((row) => row.answers.overall)).toEqual([
      { value: null, change: null },
      { value: 4, change: null },
      { value: 3, change: -1 },
    ]);
    expect(trend.flag).toBeNull();
  });

  it("flags the latest meeting when an answer dropped by two steps or more", () => {
    const trend = ratingTrend([rated(42, good), rated(14, { ...good, overall: 3, heard: 3 })]);
    expect(trend.flag).toEqual({
      meetingId: trend.rows[1]?.meetingId,
      startsAt: trend.rows[1]?.startsAt,
      dropped: ["heard"],
      low: [],
    });
    expect(trend.rows[1]?.answers.heard.change).toBe(-2);
  });

  it("flags an answer of 2 or 1 even the first time, and a drop from a low start no lower", () => {
    expect(ratingTrend([rated(7, { ...good, mattered: 2 })]).flag).toMatchObject({ dropped: [], low: ["mattered"] });
    expect(ratingTrend([rated(7, { overall: 3 })]).flag).toBeNull();
    const both = ratingTrend([rated(30, good), rated(7, { ...good, overall: 1 })]).flag;
    expect(both).toMatchObject({ dropped: ["overall"], low: ["overall"] });
  });

  it("says nothing of an older drop once she rated a later meeting better, and nothing with no meetings", () => {
    const recovered = ratingTrend([rated(60, good), rated(30, { ...good, overall: 2 }), rated(3, good)]);
    expect(recovered.flag).toBeNull();
    expect(recovered.rows[2]?.answers.overall.change).toBe(2);
    expect(ratingTrend([])).toEqual({ rows: [], flag: null });
  });
});
