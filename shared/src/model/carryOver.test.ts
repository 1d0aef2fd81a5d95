import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { carryOver } from "./carryOver.ts";
import {
  addGoal,
  goalScales,
  listGoals,
  markGoalReached,
  previousGoalScales,
  removeGoal,
  setGoalArea,
  setGoalAside,
  setGoalScale,
} from "./Goal.ts";
import { createMeetingDocument, readMeetingContent } from "./MeetingDocument.ts";
import { addNextStep, updateNextStep } from "./NextStep.ts";
import { updateProgressObservation } from "./ProgressObservation.ts";
import { goalSeries } from "./progress.ts";

const sara = { key: "m-sara", name: "Sara", role: "borger" as const };
const mette = { key: "m-mette", name: "Mette", role: "fagperson" as const };

function firstMeeting() {
  const doc = createMeetingDocument();
  const job = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Et arbejde med dyr" });
  const sleep = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Sove om natten" });
  const flat = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Egen lejlighed" });
  setGoalScale(doc, job, sara, 3);
  setGoalScale(doc, job, mette, 5);
  markGoalReached(doc, sleep);
  setGoalAside(doc, flat, "Venter til efter sommer");
  const call = addNextStep(doc, {
    createdBy: "Karin",
    text: "Ringe til internatet",
    owner: "Mette",
    dueDate: "2026-12-12",
    goalId: job,
  });
  const walk = addNextStep(doc, { createdBy: "Sara", text: "Gå en tur hver morgen", owner: "borger" });
  updateNextStep(doc, walk, { status: "done" });
  return { doc, job, sleep, flat, call };
}

describe("carry-over to the next meeting", () => {
  it("brings every active goal, with its words, id and last scales, and every open step as a review item", () => {
    const first = firstMeeting();
    const next = createMeetingDocument();
    expect(carryOver({ meetingId: "m1", doc: first.doc }, next)).toEqual({ goals: 1, resources: 0, steps: 1 });

    const content = readMeetingContent(next);
    expect(content.goals).toMatchObject([
      { id: first.job, text: "Et arbejde med dyr", carriedFrom: "m1", status: "active", createdByRole: "borger" },
    ]);
    expect(previousGoalScales(next, first.job).map((s) => [s.raterName, s.value])).toEqual([
      ["Sara", 3],
      ["Mette", 5],
    ]);
    expect(goalScales(next, first.job)).toEqual([]);
    expect(content.observations).toMatchObject([
      {
        goalId: first.job,
        outcome: null,
        review: {
          stepId: first.call,
          text: "Ringe til internatet",
          owner: "Mette",
          dueDate: "2026-12-12",
          fromMeetingId: "m1",
        },
      },
    ]);
    expect(content.steps).toEqual([]);
  });

  it("follows up a step judged 'partly' or 'not yet' again at the meeting after, until it is done or dropped", () => {
    const first = firstMeeting();
    const second = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first.doc }, second);
    const [review] = readMeetingContent(second).observations;
    updateProgressObservation(second, review!.id, { outcome: "notYet" });
    const third = createMeetingDocument();
    expect(carryOver({ meetingId: "m2", doc: second }, third).steps).toBe(1);
    expect(readMeetingContent(third).observations).toMatchObject([
      { review: { stepId: first.call, fromMeetingId: "m1" }, outcome: null },
    ]);
    const [again] = readMeetingContent(third).observations;
    updateProgressObservation(third, again!.id, { outcome: "done" });
    const fourth = createMeetingDocument();
    expect(carryOver({ meetingId: "m3", doc: third }, fourth).steps).toBe(0);
  });

  it("carries a goal's area with it, and a goal without one stays without", () => {
    const first = firstMeeting();
    setGoalArea(first.doc, first.job, "work");
    const next = createMeetingDocument();
    carryOver({ doc: first.doc, meetingId: "m1" }, next);
    expect(listGoals(next).find((goal) => goal.id === first.job)?.area).toBe("work");
    const old = createMeetingDocument();
    const unmarked = addGoal(old, { createdBy: "Sara", text: "Sove om natten" });
    old.getMap<Y.Map<unknown>>("goals").get(unmarked)?.delete("area");
    expect(listGoals(old)[0]?.area).toBeNull();
  });

  it("changes nothing when run again", () => {
    const first = firstMeeting();
    const next = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first.doc }, next);
    expect(carryOver({ meetingId: "m1", doc: first.doc }, next)).toEqual({ goals: 0, resources: 0, steps: 0 });
    expect(readMeetingContent(next).goals).toHaveLength(1);
    expect(readMeetingContent(next).observations).toHaveLength(1);
  });

  it("leaves the earlier meeting as it was", () => {
    const first = firstMeeting();
    const before = readMeetingContent(first.doc);
    carryOver({ meetingId: "m1", doc: first.doc }, createMeetingDocument());
    expect(readMeetingContent(first.doc)).toEqual(before);
  });

  it("keeps a scale nobody re-rated as 'last time' in the meeting after", () => {
    const first = firstMeeting();
    const second = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first.doc }, second);
    setGoalScale(second, first.job, sara, 6);
    const third = createMeetingDocument();
    carryOver({ meetingId: "m2", doc: second }, third);
    expect(previousGoalScales(third, first.job).map((s) => [s.raterName, s.value])).toEqual([
      ["Sara", 6],
      ["Mette", 5],
    ]);
  });

  it("does not let a carried goal be deleted, only reached or set aside", () => {
    const first = firstMeeting();
    const next = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first.doc }, next);
    expect(() => removeGoal(next, first.job)).toThrow();
    expect(() => setGoalAside(next, first.job, "  ")).toThrow();
    setGoalAside(next, first.job, "Fokus på helbred først");
    expect(listGoals(next)).toMatchObject([{ status: "setAside", statusReason: "Fokus på helbred først" }]);
  });
});

describe("goal scales", () => {
  it("keep each person's perspective, the citizen's first, and never average them", () => {
    const { doc, job } = firstMeeting();
    setGoalScale(doc, job, { key: "m-peter", name: "Peter", role: "fagperson" }, 2);
    expect(goalScales(doc, job).map((s) => [s.raterName, s.value])).toEqual([
      ["Sara", 3],
      ["Mette", 5],
      ["Peter", 2],
    ]);
    expect(() => setGoalScale(doc, job, sara, 11)).toThrow();
  });

  it("follow a goal across meetings by its id, through rewordings", () => {
    const first = firstMeeting();
    const second = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first.doc }, second);
    setGoalScale(second, first.job, sara, 6);
    setGoalScale(second, first.job, mette, 6);
    const series = goalSeries([
      { meetingId: "m2", title: "2", startsAt: "2027-01-10T09:00:00Z", doc: second },
      { meetingId: "m1", title: "1", startsAt: "2026-12-01T09:00:00Z", doc: first.doc },
    ]);
    const job = series.find((s) => s.goalId === first.job)!;
    expect(job.points.map((p) => [p.meetingId, p.citizen, p.others.map((o) => o.value)])).toEqual([
      ["m1", 3, [5]],
      ["m2", 6, [6]],
    ]);
  });
});
