import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addGoal, goals, goalText, listGoals, moveGoal, removeGoal } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { addNextStep, listNextSteps } from "./NextStep.ts";
import { plainText } from "./richText.ts";
import { observeSection } from "./sectionList.ts";
import { sync, twoReplicas } from "./testing.ts";

const texts = (doc: Y.Doc) => listGoals(doc).map((goal) => plainText(goalText(doc, goal.id)!));

describe("an ordered section", () => {
  it("keeps items in the order they were added, and inserts where asked", () => {
    const doc = createMeetingDocument();
    addGoal(doc, { createdBy: "Mette", text: "Have a job" });
    addGoal(doc, { createdBy: "Mette", text: "Sleep well" });
    addGoal(doc, { createdBy: "Mette", text: "Own flat", index: 1 });
    expect(texts(doc)).toEqual(["Have a job", "Own flat", "Sleep well"]);
  });

  it("moves an item without touching its text or id", () => {
    const doc = createMeetingDocument();
    const first = addGoal(doc, { createdBy: "A", text: "one" });
    addGoal(doc, { createdBy: "A", text: "two" });
    addGoal(doc, { createdBy: "A", text: "three" });
    moveGoal(doc, first, 2);
    expect(texts(doc)).toEqual(["two", "three", "one"]);
    expect(listGoals(doc)[2]?.id).toBe(first);
    moveGoal(doc, first, 0);
    expect(texts(doc)).toEqual(["one", "two", "three"]);
  });

  it("removes an item", () => {
    const doc = createMeetingDocument();
    const id = addGoal(doc, { createdBy: "A", text: "one" });
    addGoal(doc, { createdBy: "A", text: "two" });
    removeGoal(doc, id);
    expect(texts(doc)).toEqual(["two"]);
  });

  it("can still insert between items that got the same position from two people at once", () => {
    const [a, b] = twoReplicas();
    addGoal(a, { createdBy: "A", text: "from A" });
    addGoal(b, { createdBy: "B", text: "from B" });
    sync(a, b);
    expect(new Set(listGoals(a).map((g) => g.position)).size).toBe(1);
    addGoal(a, { createdBy: "A", text: "between", index: 1 });
    sync(a, b);
    const order = texts(a);
    expect(order).toHaveLength(3);
    expect(order[1]).toBe("between");
    expect(texts(b)).toEqual(order);
    expect(new Set(listGoals(a).map((g) => g.position)).size).toBe(3);
  });

  it("still shows an item whose fields another client wrote badly, with safe defaults", () => {
    const doc = createMeetingDocument();
    const id = addNextStep(doc, { createdBy: "A", text: "call", owner: "Mette" });
    const item = doc.getMap<Y.Map<unknown>>("steps").get(id)!;
    item.set("status", "maybe");
    item.set("dueDate", 42);
    const [step] = listNextSteps(doc);
    expect(step).toMatchObject({ id, owner: "Mette", status: "open", dueDate: null });
  });

  it("remembers the author's role, so the citizen's own words can be shown as theirs", () => {
    const doc = createMeetingDocument();
    const own = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Mit mål" });
    addGoal(doc, { createdBy: "Karin", text: "Uden rolle" });
    const forged = addGoal(doc, { createdBy: "X", text: "Forkert rolle" });
    doc.getMap<Y.Map<unknown>>("goals").get(forged)!.set("createdByRole", "admin");
    expect(listGoals(doc).map((g) => [g.id === own, g.createdByRole])).toEqual([
      [true, "borger"],
      [false, null],
      [false, null],
    ]);
  });

  it("recovers from a malformed position key by re-keying the list", () => {
    const doc = createMeetingDocument();
    const id = addGoal(doc, { createdBy: "A", text: "one" });
    doc.getMap<Y.Map<unknown>>("goals").get(id)!.set("position", "zzzz0");
    addGoal(doc, { createdBy: "A", text: "two" });
    expect(texts(doc)).toEqual(["one", "two"]);
  });

  it("tells observers about structure, not about typing", () => {
    const doc = createMeetingDocument();
    const id = addGoal(doc, { createdBy: "A", text: "one" });
    let calls = 0;
    const stop = observeSection(doc, goals.key, () => calls++);
    goalText(doc, id)!.insert(0, [new Y.XmlElement("paragraph")]);
    expect(calls).toBe(0);
    moveGoal(doc, id, 0);
    addGoal(doc, { createdBy: "A" });
    expect(calls).toBe(2);
    stop();
    addGoal(doc, { createdBy: "A" });
    expect(calls).toBe(2);
  });
});
