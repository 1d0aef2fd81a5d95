import { describe, expect, it } from "vitest";
import { carryOver } from "./carryOver.ts";
import { addGoal, markGoalReached } from "./Goal.ts";
import { createMeetingDocument, readMeetingContent } from "./MeetingDocument.ts";
import { MeetingHistory } from "./MeetingHistory.ts";
import {
  addResource,
  listResources,
  moveResource,
  removeResource,
  resourceText,
  tieResourceToGoal,
  untieResourceFromGoal,
  updateResource,
} from "./Resource.ts";
import { plainText } from "./richText.ts";
import { sync, twoReplicas } from "./testing.ts";

const text = (doc: ReturnType<typeof createMeetingDocument>) =>
  readMeetingContent(doc).resources.map((resource) => resource.text);

describe("Det der virker", () => {
  it("holds what works in words, with its kind and its author, in the order people put it", () => {
    const doc = createMeetingDocument();
    const bella = addResource(doc, {
      createdBy: "Mette",
      createdByRole: "fagperson",
      text: "Hendes hund Bella får hende ud hver dag",
      kind: "person",
    });
    const library = addResource(doc, { createdBy: "Sara", createdByRole: "borger", text: "Biblioteket" });
    expect(listResources(doc)).toMatchObject([
      { id: bella, kind: "person", goalIds: [], createdBy: "Mette", createdByRole: "fagperson", carriedFrom: null },
      { id: library, kind: null, createdByRole: "borger" },
    ]);
    updateResource(doc, library, { kind: "place" });
    moveResource(doc, library, 0);
    expect(listResources(doc).map((r) => [r.id, r.kind])).toEqual([
      [library, "place"],
      [bella, "person"],
    ]);
    expect(plainText(resourceText(doc, bella)!)).toBe("Hendes hund Bella får hende ud hver dag");
  });

  it("is removed, also when it came from the last meeting", () => {
    const doc = createMeetingDocument();
    const walk = addResource(doc, { createdBy: "Karin", text: "En gåtur hver morgen", carriedFrom: "m0" });
    removeResource(doc, walk);
    expect(listResources(doc)).toEqual([]);
  });

  it("is tied to the goals it helps with, each once, and untied again", () => {
    const doc = createMeetingDocument();
    const out = addGoal(doc, { createdBy: "Sara", text: "Komme ud hver dag" });
    const job = addGoal(doc, { createdBy: "Sara", text: "Et arbejde med dyr" });
    const bella = addResource(doc, { createdBy: "Mette", text: "Bella" });
    tieResourceToGoal(doc, bella, out);
    tieResourceToGoal(doc, bella, job);
    tieResourceToGoal(doc, bella, out);
    expect(listResources(doc)[0]?.goalIds).toEqual([out, job]);
    untieResourceFromGoal(doc, bella, out);
    expect(listResources(doc)[0]?.goalIds).toEqual([job]);
  });

  it("refuses a kind it does not know, and reads a bad field written by another client as not said", () => {
    const doc = createMeetingDocument();
    const bella = addResource(doc, { createdBy: "Mette", text: "Bella" });
    expect(() => updateResource(doc, bella, { kind: "barrier" as "person" })).toThrow();
    const goal = addGoal(doc, { createdBy: "Sara", text: "Komme ud" });
    const map = doc.getMap("resources").get(bella) as unknown as { set(key: string, value: unknown): void };
    doc.transact(() => {
      map.set("kind", "barrier");
      map.set("goalIds", [goal, "not a goal", 7]);
    });
    expect(listResources(doc)).toMatchObject([{ id: bella, kind: null, goalIds: [goal] }]);
  });

  it("takes two people adding at once, and one person's undo takes back only their own", () => {
    const [a, b] = twoReplicas();
    const history = new MeetingHistory(a);
    addResource(a, { createdBy: "Mette", text: "Bella" });
    addResource(b, { createdBy: "Sara", text: "Mormor" });
    sync(a, b);
    expect(text(a).sort()).toEqual(["Bella", "Mormor"]);
    history.undo();
    sync(a, b);
    expect(text(a)).toEqual(["Mormor"]);
    expect(text(b)).toEqual(["Mormor"]);
  });
});

describe("Det der virker, carried to the next meeting", () => {
  it("goes along with its words, id, kind and author, tied only to goals that come too; twice changes nothing", () => {
    const first = createMeetingDocument();
    const out = addGoal(first, { createdBy: "Sara", text: "Komme ud hver dag" });
    const sleep = addGoal(first, { createdBy: "Sara", text: "Sove om natten" });
    markGoalReached(first, sleep);
    const bella = addResource(first, {
      createdBy: "Mette",
      createdByRole: "fagperson",
      text: "Hendes hund Bella\nfår hende ud hver dag",
      kind: "person",
      goalIds: [out, sleep],
    });
    const next = createMeetingDocument();
    expect(carryOver({ meetingId: "m1", doc: first }, next)).toEqual({ goals: 1, resources: 1, steps: 0 });
    expect(readMeetingContent(next).resources).toMatchObject([
      {
        id: bella,
        text: "Hendes hund Bella\nfår hende ud hver dag",
        kind: "person",
        goalIds: [out],
        createdBy: "Mette",
        createdByRole: "fagperson",
        carriedFrom: "m1",
      },
    ]);
    expect(carryOver({ meetingId: "m1", doc: first }, next)).toEqual({ goals: 0, resources: 0, steps: 0 });
    expect(listResources(next)).toHaveLength(1);
  });

  it("once taken off in a meeting, is not brought back by the carry-over after it", () => {
    const first = createMeetingDocument();
    addResource(first, { createdBy: "Mette", text: "Bella" });
    const second = createMeetingDocument();
    carryOver({ meetingId: "m1", doc: first }, second);
    removeResource(second, listResources(second)[0]!.id);
    const third = createMeetingDocument();
    expect(carryOver({ meetingId: "m2", doc: second }, third).resources).toBe(0);
    expect(listResources(third)).toEqual([]);
  });
});
