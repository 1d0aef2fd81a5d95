import { describe, expect, it } from "vitest";
import type { GoalId, NextStepId } from "../vocabulary/index.ts";
import { carryOver } from "./carryOver.ts";
import { addFutureAnswer, listFutureAnswers, turnIntoPlan, wouldBecome } from "./FutureDialogue.ts";
import { aYearHasPassed, rememberedFutures } from "./futureProgress.ts";
import { markGoalReached } from "./Goal.ts";
import { createMeetingDocument, readMeetingContent } from "./MeetingDocument.ts";
import { updateNextStep } from "./NextStep.ts";

const sara = { memberId: "m-sara", name: "Sara Holm", role: "borger" as const };
const mette = { memberId: "m-mette", name: "Mette Dahl", role: "fagperson" as const };
const karin = { createdBy: "Karin", createdByRole: "koordinator" as const };

/** A day `days` from now, as YYYY-MM-DD: no calendar date is fixed in these tests. */
function dayFromNow(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function aDialogue(saidAt = new Date().toISOString()) {
  const doc = createMeetingDocument();
  const good = addFutureAnswer(doc, { speaker: sara, part: "good", text: "Jeg har et job med dyr", saidAt });
  const did = addFutureAnswer(doc, { speaker: mette, part: "did", text: "Jeg fandt praktikpladsen", saidAt });
  const helped = addFutureAnswer(doc, { speaker: sara, part: "helped", text: "Min bror kørte mig", saidAt });
  const mettesGood = addFutureAnswer(doc, { speaker: mette, part: "good", text: "Sara smiler", saidAt });
  return { doc, good, did, helped, mettesGood, saidAt };
}

describe("Et år frem", () => {
  it("keeps each answer with who said it, which question, her words and the day", () => {
    const { doc, saidAt } = aDialogue();
    const [first] = listFutureAnswers(doc);
    expect(first).toMatchObject({ speaker: sara, part: "good", text: "Jeg har et job med dyr", saidAt, became: null });
    expect(() => addFutureAnswer(doc, { speaker: sara, part: "good", text: "  ", saidAt })).toThrow();
  });

  it("turns her 'what is good' into a goal, a professional's 'what I did' into her own step, a helper into a resource", () => {
    const { doc, good, did, helped, mettesGood } = aDialogue();
    const goal = turnIntoPlan(doc, good, { createdBy: "Sara Holm", createdByRole: "borger" });
    const step = turnIntoPlan(doc, did, karin);
    const resource = turnIntoPlan(doc, helped, karin);
    const plan = readMeetingContent(doc);
    expect(plan.goals).toMatchObject([{ id: goal?.id, text: "Jeg har et job med dyr", createdByRole: "borger" }]);
    expect(plan.steps).toMatchObject([{ id: step?.id, text: "Jeg fandt praktikpladsen", owner: "Mette Dahl" }]);
    expect(plan.resources).toMatchObject([{ id: resource?.id, text: "Min bror kørte mig", kind: "person" }]);
    expect(listFutureAnswers(doc).map((a) => a.became?.kind ?? null)).toEqual(["goal", "step", "resource", null]);
    // A professional's "what is good" is kept as said; it is not her goal to write.
    expect(wouldBecome(listFutureAnswers(doc)[3] as never)).toBeNull();
    expect(turnIntoPlan(doc, mettesGood, karin)).toBeNull();
  });

  it("turns an answer into plan once: a second tap returns what it became and adds nothing", () => {
    const { doc, good } = aDialogue();
    const first = turnIntoPlan(doc, good, karin);
    const second = turnIntoPlan(doc, good, karin);
    expect(second).toEqual(first);
    expect(readMeetingContent(doc).goals).toHaveLength(1);
  });

  it("goes on to the next meeting unchanged, with its date and what it became, once", () => {
    const saidAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const { doc, good } = aDialogue(saidAt);
    turnIntoPlan(doc, good, karin);
    const next = createMeetingDocument();
    carryOver({ meetingId: "first", doc }, next);
    carryOver({ meetingId: "first", doc }, next);
    expect(listFutureAnswers(next)).toEqual(listFutureAnswers(doc));
    expect(listFutureAnswers(next)[0]?.saidAt).toBe(saidAt);
  });
});

describe("the remembered future beside what happened", () => {
  it("counts a year by the calendar: a day short is not yet, the day itself is", () => {
    const today = new Date();
    const aYearAgo = new Date(today);
    aYearAgo.setUTCFullYear(today.getUTCFullYear() - 1);
    const todayIso = today.toISOString().slice(0, 10);
    expect(aYearHasPassed(aYearAgo.toISOString().slice(0, 10), todayIso)).toBe(true);
    expect(aYearHasPassed(dayFromNow(1, aYearAgo), todayIso)).toBe(false);
    expect(aYearHasPassed(dayFromNow(-200), todayIso)).toBe(false);
    expect(aYearHasPassed(dayFromNow(-400), todayIso)).toBe(true);
  });

  it("sets each answer beside how its goal and step stand now, a year later headed as such", () => {
    const saidAt = new Date(Date.now() - 380 * 86_400_000).toISOString();
    const { doc, good, did, helped } = aDialogue(saidAt);
    const goal = turnIntoPlan(doc, good, karin);
    const step = turnIntoPlan(doc, did, karin);
    turnIntoPlan(doc, helped, karin);
    const later = createMeetingDocument();
    carryOver({ meetingId: "first", doc }, later);
    markGoalReached(later, goal?.id as GoalId);
    updateNextStep(doc, step?.id as NextStepId, { status: "done" });
    const meetings = [
      { meetingId: "first", title: "Første", startsAt: saidAt, doc },
      { meetingId: "later", title: "Senere", startsAt: new Date().toISOString(), doc: later },
    ];
    const today = dayFromNow(0);
    const [future] = rememberedFutures(meetings, today);
    expect(future?.saidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(future?.yearLater).toBe(true);
    expect(future?.answers.map((a) => a.now)).toEqual(["reached", "done", "kept", null]);
    // The same, told half a year after it was said: not yet a year.
    expect(rememberedFutures(meetings, dayFromNow(-200))[0]?.yearLater).toBe(false);
  });
});
