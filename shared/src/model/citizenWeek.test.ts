import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { carryOver } from "./carryOver.ts";
import { citizenWeek, readWeekLimit, setWeekLimit, type WeekLimit } from "./citizenWeek.ts";
import { addGoal, listGoals, markGoalReached } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { addNextStep, listNextSteps, nextSteps, updateNextStep } from "./NextStep.ts";

const limit = (hours: number | null, appointments: number | null = null): WeekLimit => ({
  hours,
  appointments,
  at: "",
});

function planWithSteps() {
  const doc = createMeetingDocument();
  const job = addGoal(doc, { createdBy: "Sara", text: "Et arbejde med dyr" });
  const flat = addGoal(doc, { createdBy: "Sara", text: "Egen lejlighed" });
  addNextStep(doc, {
    createdBy: "Mette",
    text: "Praktik i dyrehandlen tre formiddage om ugen",
    goalId: job,
    citizenHours: 9,
    citizenAppointments: 3,
  });
  addNextStep(doc, { createdBy: "Ali", text: "Samtale med psykolog", citizenHours: 1.5, citizenAppointments: 1 });
  addNextStep(doc, { createdBy: "Karin", text: "Søge boliger på nettet", goalId: flat, citizenHours: 0.5 });
  // Nobody said what this one asks of her: it adds nothing, and is not counted.
  addNextStep(doc, { createdBy: "Karin", text: "Sende ansøgningen videre", owner: "Karin" });
  return { doc, job, flat };
}

describe("her week: what the plan's steps ask of her time", () => {
  it("adds the hours and appointments of every open step that carries an estimate", () => {
    const { doc } = planWithSteps();
    expect(citizenWeek(listNextSteps(doc), listGoals(doc), limit(12))).toEqual({
      hours: 11,
      appointments: 4,
      steps: 3,
      limit: limit(12),
      overLimit: false,
    });
  });

  it("leaves out steps done and steps towards a goal no longer worked on", () => {
    const { doc, flat } = planWithSteps();
    const praktik = listNextSteps(doc)[0];
    if (!praktik) throw new Error("no step");
    updateNextStep(doc, praktik.id, { status: "done" });
    markGoalReached(doc, flat);
    expect(citizenWeek(listNextSteps(doc), listGoals(doc), null)).toMatchObject({
      hours: 1.5,
      appointments: 1,
      steps: 1,
      overLimit: false,
    });
  });

  it("is over her limit when the hours or the appointments go past what she said, not when they meet it", () => {
    const { doc } = planWithSteps();
    const steps = listNextSteps(doc);
    const goals = listGoals(doc);
    expect(citizenWeek(steps, goals, limit(11)).overLimit).toBe(false);
    expect(citizenWeek(steps, goals, limit(10)).overLimit).toBe(true);
    expect(citizenWeek(steps, goals, limit(null, 3)).overLimit).toBe(true);
    expect(citizenWeek(steps, goals, limit(null, 4)).overLimit).toBe(false);
  });

  it("adds halves and tenths without floating-point noise", () => {
    const doc = createMeetingDocument();
    for (const hours of [0.1, 0.2, 0.4]) addNextStep(doc, { createdBy: "Mette", citizenHours: hours });
    expect(citizenWeek(listNextSteps(doc), [], null).hours).toBe(0.7);
  });

  it("reads a step written before the estimates existed, or with a bad value, as nobody said", () => {
    const doc = createMeetingDocument();
    const id = addNextStep(doc, { createdBy: "Mette", text: "Ringe til lægen" });
    const map = doc.getMap<Y.Map<unknown>>(nextSteps.key).get(id);
    map?.delete("citizenHours");
    map?.set("citizenAppointments", -3);
    expect(listNextSteps(doc)[0]).toMatchObject({ citizenHours: null, citizenAppointments: null });
    expect(citizenWeek(listNextSteps(doc), [], null)).toMatchObject({ hours: 0, appointments: 0, steps: 0 });
  });

  it("refuses estimates past a week's hours or below nothing", () => {
    const doc = createMeetingDocument();
    expect(() => addNextStep(doc, { createdBy: "Mette", citizenHours: 169 })).toThrow();
    expect(() => addNextStep(doc, { createdBy: "Mette", citizenAppointments: 1.5 })).toThrow();
    const id = addNextStep(doc, { createdBy: "Mette" });
    expect(() => updateNextStep(doc, id, { citizenHours: -1 })).toThrow();
  });
});

describe("her limit", () => {
  it("is written, read back on another replica, and taken away when both figures are emptied", () => {
    const doc = createMeetingDocument();
    expect(readWeekLimit(doc)).toBeNull();
    setWeekLimit(doc, { hours: 12, appointments: null });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(readWeekLimit(other)).toMatchObject({ hours: 12, appointments: null });
    setWeekLimit(doc, { hours: null, appointments: null });
    expect(readWeekLimit(doc)).toBeNull();
    expect(() => setWeekLimit(doc, { hours: 200, appointments: null })).toThrow();
  });

  it("goes on to the next meeting, where one written there already stands", () => {
    const first = createMeetingDocument();
    setWeekLimit(first, { hours: 12, appointments: 4 });
    const next = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first }, next);
    expect(readWeekLimit(next)).toMatchObject({ hours: 12, appointments: 4 });

    const later = createMeetingDocument();
    setWeekLimit(later, { hours: 8, appointments: null });
    carryOver({ meetingId: "m1", doc: first }, later);
    expect(readWeekLimit(later)).toMatchObject({ hours: 8, appointments: null });
  });
});
