import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addGoal, goalText, moveGoal } from "./Goal.ts";
import { createMeetingDocument, isBlank, readMeetingContent } from "./MeetingDocument.ts";
import { MeetingHistory } from "./MeetingHistory.ts";
import { addNextStep, listNextSteps, nextStepText, updateNextStep } from "./NextStep.ts";
import { addProgressObservation } from "./ProgressObservation.ts";
import { paragraphs } from "./richText.ts";
import { sync, twoReplicas } from "./testing.ts";

describe("two participants editing one meeting at once", () => {
  it("keeps both next steps when two people add one at the same moment", () => {
    const [coordinator, psychologist] = twoReplicas();
    addNextStep(coordinator, { createdBy: "Koordinator", text: "Ring til praktikstedet", owner: "Mette" });
    addNextStep(psychologist, { createdBy: "Psykolog", text: "Samtale om søvn", owner: "borger" });
    sync(coordinator, psychologist);
    const a = readMeetingContent(coordinator).steps.map((s) => s.text);
    const b = readMeetingContent(psychologist).steps.map((s) => s.text);
    expect(a).toHaveLength(2);
    expect(a).toEqual(b);
    expect(new Set(a)).toEqual(new Set(["Ring til praktikstedet", "Samtale om søvn"]));
  });

  it("keeps both a reorder and an edit of the same item made at the same time", () => {
    const [a, b] = twoReplicas();
    const first = addGoal(a, { createdBy: "A", text: "Et job" });
    addGoal(a, { createdBy: "A", text: "En lejlighed" });
    sync(a, b);
    moveGoal(a, first, 1);
    goalText(b, first)!.insert(1, paragraphs("med faste timer"));
    sync(a, b);
    for (const doc of [a, b]) {
      const content = readMeetingContent(doc);
      expect(content.goals.map((g) => g.text)).toEqual(["En lejlighed", "Et job\nmed faste timer"]);
    }
  });

  it("converges when one edits a step's text while another ticks it off", () => {
    const [a, b] = twoReplicas();
    const id = addNextStep(a, { createdBy: "A", text: "Søg tre jobs" });
    sync(a, b);
    updateNextStep(a, id, { status: "done" });
    nextStepText(b, id)!.insert(1, paragraphs("inden fredag"));
    sync(a, b);
    expect(readMeetingContent(b).steps).toMatchObject([{ status: "done", text: "Søg tre jobs\ninden fredag" }]);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it("ties an observation to a goal and keeps who saw it and when", () => {
    const doc = twoReplicas()[0];
    const goal = addGoal(doc, { createdBy: "Borger", text: "Komme ud om morgenen" });
    addProgressObservation(doc, {
      createdBy: "Praktikvært",
      text: "Mødte kl. 8 tre dage i træk",
      goalId: goal,
      observedBy: "Mette (praktikvært)",
      happenedOn: "2026-11-18",
    });
    expect(readMeetingContent(doc).observations).toMatchObject([
      {
        goalId: goal,
        observedBy: "Mette (praktikvært)",
        happenedOn: "2026-11-18",
        text: "Mødte kl. 8 tre dage i træk",
      },
    ]);
  });

  it("refuses invalid values from code instead of storing them", () => {
    const doc = twoReplicas()[0];
    expect(() => addNextStep(doc, { createdBy: "A", dueDate: "next tuesday" })).toThrow();
    const id = addNextStep(doc, { createdBy: "A" });
    expect(() => updateNextStep(doc, id, { status: "maybe" as "open" })).toThrow();
    expect(listNextSteps(doc)).toMatchObject([{ status: "open", dueDate: null }]);
  });
});

describe("undo", () => {
  it("undoes and redoes only your own edits", () => {
    const [a, b] = twoReplicas();
    const undoA = new MeetingHistory(a);
    addGoal(a, { createdBy: "A", text: "A's goal" });
    sync(a, b);
    addGoal(b, { createdBy: "B", text: "B's goal" });
    sync(a, b);
    undoA.undo();
    sync(a, b);
    expect(readMeetingContent(b).goals.map((g) => g.text)).toEqual(["B's goal"]);
    undoA.redo();
    sync(a, b);
    expect(
      readMeetingContent(b)
        .goals.map((g) => g.text)
        .sort(),
    ).toEqual(["A's goal", "B's goal"]);
  });

  it("undoes a status change without undoing someone else's later edit", () => {
    const [a, b] = twoReplicas();
    const id = addNextStep(a, { createdBy: "A", owner: "Mette" });
    sync(a, b);
    const undoA = new MeetingHistory(a);
    updateNextStep(a, id, { status: "done" });
    sync(a, b);
    updateNextStep(b, id, { owner: "Jonas" });
    sync(a, b);
    undoA.undo();
    sync(a, b);
    expect(listNextSteps(b)).toMatchObject([{ status: "open", owner: "Jonas" }]);
  });
});

describe("a document before and after its first sync", () => {
  it("is blank until something written reaches it", () => {
    const [a] = twoReplicas();
    const fresh = createMeetingDocument();
    expect(isBlank(fresh)).toBe(true);
    addGoal(a, { createdBy: "Mette", text: "Arbejde" });
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(a));
    expect(isBlank(fresh)).toBe(false);
  });
});
