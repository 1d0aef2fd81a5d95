import type { CaseProgress } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { chartModel } from "./progressChart.ts";

const meetings = [
  { id: "m2", title: "Opfølgning", startsAt: "2027-01-12T10:00:00+01:00" },
  { id: "m1", title: "Første møde", startsAt: "2026-12-01T10:00:00+01:00" },
  { id: "m3", title: "Planlagt", startsAt: "2027-03-01T10:00:00+01:00" },
];

const progress: CaseProgress = {
  meetings,
  goals: [
    {
      goalId: "g1",
      text: "Arbejde med dyr",
      status: "active",
      points: [
        {
          meetingId: "m1",
          startsAt: meetings[1]!.startsAt,
          citizen: 3,
          others: [
            { raterKey: "a", raterName: "Peter", raterRole: "fagperson", value: 5 },
            { raterKey: "b", raterName: "Karin", raterRole: "koordinator", value: 2 },
          ],
        },
        { meetingId: "m2", startsAt: meetings[0]!.startsAt, citizen: 6, others: [] },
      ],
    },
    {
      goalId: "g2",
      text: "Sove bedre",
      status: "setAside",
      points: [{ meetingId: "m2", startsAt: meetings[0]!.startsAt, citizen: null, others: [] }],
    },
  ],
  timeline: [
    { goalId: "g2", meetingId: "m2", happenedOn: "2026-12-20", observedBy: "Peter", text: "Sov hele natten" },
    { goalId: null, meetingId: "m2", happenedOn: null, observedBy: "", text: "Uden dato" },
  ],
  futures: [],
};

describe("chartModel", () => {
  it("has one x per meeting with scales, oldest first, and leaves out meetings without any", () => {
    const model = chartModel(progress);
    expect(model?.meetings.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(model?.xs).toEqual([Date.parse(meetings[1]!.startsAt) / 1000, Date.parse(meetings[0]!.startsAt) / 1000]);
  });

  it("draws the citizen's own scale as the line and the professionals as a spread, not an average", () => {
    const [first, second] = chartModel(progress)?.goals ?? [];
    expect(first?.citizen).toEqual([3, 6]);
    expect(first?.spread).toEqual([{ min: 2, max: 5, values: [2, 5] }, null]);
    expect(second?.citizen).toEqual([null, null]);
  });

  it("places dated observations on the time axis, by goal, and pads the axis around everything", () => {
    const model = chartModel(progress);
    expect(model?.observations).toEqual([{ x: new Date(2026, 11, 20, 12).getTime() / 1000, goal: 1 }]);
    const [from, to] = model?.range ?? [0, 0];
    expect(from).toBeLessThan(model?.xs[0] ?? 0);
    expect(to).toBeGreaterThan(model?.xs[1] ?? 0);
  });

  it("is null while nothing has a scale", () => {
    expect(chartModel({ ...progress, goals: [] })).toBeNull();
  });
});
