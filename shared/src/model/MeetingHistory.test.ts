import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { NextStepId } from "../vocabulary/index.ts";
import { readMeetingContent } from "./MeetingDocument.ts";
import { MeetingHistory, undoMayDelete } from "./MeetingHistory.ts";
import { addNextStep, nextStepText, updateNextStep } from "./NextStep.ts";
import { sync, twoReplicas } from "./testing.ts";

/** What an editor's binding does when a person types: text into the item, under its own origin. */
const TYPING = Symbol("typing");
function type(doc: Y.Doc, id: NextStepId, text: string): void {
  doc.transact(() => {
    const paragraph = nextStepText(doc, id)?.get(0) as Y.XmlElement;
    const line = paragraph.get(0) as Y.XmlText;
    line.insert(line.length, text);
  }, TYPING);
}

const steps = (doc: Y.Doc) => readMeetingContent(doc).steps.map((step) => `${step.text} [${step.status}]`);

describe("one person's history across text and structure", () => {
  it("takes back the last change, whatever it was, one at a time in reverse, and never a colleague's", () => {
    const [a, b] = twoReplicas();
    const history = new MeetingHistory(a, { textOrigins: [TYPING] });
    const step = addNextStep(a, { createdBy: "Mette", text: "Ring til gården" });
    type(a, step, " i morgen");
    updateNextStep(a, step, { status: "done" });
    sync(a, b);
    // A colleague edits the same step in between.
    type(b, step, " (Karin)");
    sync(a, b);
    type(a, step, " inden fredag");
    sync(a, b);
    expect(steps(b)).toEqual(["Ring til gården i morgen (Karin) inden fredag [done]"]);

    history.undo();
    sync(a, b);
    expect(steps(b)).toEqual(["Ring til gården i morgen (Karin) [done]"]);
    history.undo();
    sync(a, b);
    expect(steps(b)).toEqual(["Ring til gården i morgen (Karin) [open]"]);
    history.undo();
    sync(a, b);
    expect(steps(b)).toEqual(["Ring til gården (Karin) [open]"]);
    history.undo();
    sync(a, b);
    expect(steps(b)).toEqual([]);
    expect(history.canUndo()).toBe(false);

    history.redo();
    history.redo();
    sync(a, b);
    // Back again, the colleague's words with it: they were in the step when it was taken back.
    expect(steps(b)).toEqual(["Ring til gården i morgen (Karin) [open]"]);
  });

  it("keeps a burst of typing as one step, and a structural change right after it as another", () => {
    const [a] = twoReplicas();
    const history = new MeetingHistory(a, { textOrigins: [TYPING] });
    const step = addNextStep(a, { createdBy: "Mette", text: "Ring" });
    for (const letter of " til gården") type(a, step, letter);
    updateNextStep(a, step, { status: "done" });
    history.undo();
    expect(steps(a)).toEqual(["Ring til gården [open]"]);
    history.undo();
    expect(steps(a)).toEqual(["Ring [open]"]);
  });

  it("outlives an editor that destroys it when it goes", () => {
    const [a] = twoReplicas();
    const history = new MeetingHistory(a, { textOrigins: [TYPING] });
    history.destroy();
    addNextStep(a, { createdBy: "Mette", text: "Ring" });
    expect(history.canUndo()).toBe(true);
  });

  it("takes back an editor's typing once the editor, loaded after the plan, is followed", () => {
    const [a] = twoReplicas();
    const history = new MeetingHistory(a);
    const step = addNextStep(a, { createdBy: "Mette", text: "Ring" });
    // Typing before anyone follows the editor's origin is nobody's history, like a colleague's.
    type(a, step, " nu");
    history.trackTextOrigin(TYPING);
    history.trackTextOrigin(TYPING);
    type(a, step, " til gården");
    history.undo();
    expect(steps(a)).toEqual(["Ring nu [open]"]);
  });

  it("never deletes a paragraph or text that still has words, as the editor's own history would not", () => {
    const [a] = twoReplicas();
    const fragment = a.getXmlFragment("probe");
    const full = new Y.XmlElement("paragraph");
    const empty = new Y.XmlElement("paragraph");
    const list = new Y.XmlElement("bulletList");
    fragment.insert(0, [full, empty, list]);
    full.insert(0, [new Y.XmlText("i morgen")]);
    expect(undoMayDelete(full._item!)).toBe(false);
    expect(undoMayDelete((full.get(0) as Y.XmlText)._item!)).toBe(false);
    expect(undoMayDelete(empty._item!)).toBe(true);
    expect(undoMayDelete(list._item!)).toBe(true);
  });
});
