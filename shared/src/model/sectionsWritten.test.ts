import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addGoal, goalText, removeGoal } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { addNextStep } from "./NextStep.ts";
import { addProgressObservation } from "./ProgressObservation.ts";
import { sectionsWrittenBy } from "./sectionsWritten.ts";
import { sync } from "./testing.ts";

/** The update one replica's change sends, read by the other (the server's copy) before it is applied. */
function writtenBy(server: Y.Doc, writer: Y.Doc, change: () => void): Set<string> | null {
  const before = Y.encodeStateVector(writer);
  change();
  return sectionsWrittenBy(server, Y.encodeStateAsUpdate(writer, before));
}

describe("where an update writes", () => {
  it("names the section a new observation or step goes into", () => {
    const server = createMeetingDocument();
    const brother = createMeetingDocument();
    sync(server, brother);
    expect(
      writtenBy(server, brother, () =>
        addProgressObservation(brother, { createdBy: "Sørens bror", text: "Hun har cyklet" }),
      ),
    ).toEqual(new Set(["observations"]));
    expect(writtenBy(server, brother, () => addNextStep(brother, { createdBy: "Sørens bror" }))).toEqual(
      new Set(["steps"]),
    );
  });

  it("names the goals when a word is typed into a goal written by someone else, and when a goal is removed", () => {
    const server = createMeetingDocument();
    const id = addGoal(server, { createdBy: "Søren", createdByRole: "borger", text: "Jeg vil have et arbejde" });
    const brother = createMeetingDocument();
    sync(server, brother);
    const typed = writtenBy(server, brother, () => {
      const paragraph = goalText(brother, id)?.get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(3, "ikke ");
    });
    expect(typed).toEqual(new Set(["goals"]));
    expect(writtenBy(server, brother, () => removeGoal(brother, id))).toEqual(new Set(["goals"]));
  });

  it("names nothing for what the document already has: a reconnect sends it all again", () => {
    const server = createMeetingDocument();
    addGoal(server, { createdBy: "Søren", text: "Et arbejde" });
    const brother = createMeetingDocument();
    sync(server, brother);
    expect(sectionsWrittenBy(server, Y.encodeStateAsUpdate(brother))).toEqual(new Set());
  });

  it("cannot say where content goes that hangs on something nobody has", () => {
    const elsewhere = createMeetingDocument();
    addGoal(elsewhere, { createdBy: "Søren", text: "Et arbejde" });
    const middle = Y.encodeStateVector(elsewhere);
    const [goal] = [...elsewhere.getMap<Y.Map<unknown>>("goals").values()];
    goal?.set("status", "reached");
    // Only the second half: the goal it changes was never sent.
    expect(sectionsWrittenBy(createMeetingDocument(), Y.encodeStateAsUpdate(elsewhere, middle))).toBeNull();
  });
});
