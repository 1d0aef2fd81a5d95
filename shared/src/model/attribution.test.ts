import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Author } from "../record/index.ts";
import {
  type AuthorRecord,
  attributeMeeting,
  clientsWritingIn,
  type DeletedRange,
  rangesDeletedBy,
} from "./attribution.ts";
import { addGoal, goalText, setGoalScale } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { renderMinutes } from "./minutes.ts";
import { addNextStep, moveNextStep, updateNextStep } from "./NextStep.ts";
import { addProgressObservation } from "./ProgressObservation.ts";
import { roundNoteFor } from "./RoundNote.ts";

const mette: Author = { memberId: "m-1", name: "Mette", role: "koordinator" };
const ali: Author = { memberId: "m-2", name: "Ali", role: "borger" };

/**
 * Two participants' replicas and the server's: every change goes through the server's replica,
 * which records — as the server extension does — who wrote under which client id and what each
 * person's update deleted.
 */
function meeting() {
  const server = createMeetingDocument();
  const record = { clients: new Map<number, Author>(), deletions: [] as { author: Author; ranges: DeletedRange[] }[] };
  const replica = (clientID: number, author: Author) => {
    const doc = createMeetingDocument();
    doc.clientID = clientID;
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "server") return;
      for (const client of clientsWritingIn(server, update)) record.clients.set(client, author);
      const ranges = rangesDeletedBy(server, update);
      if (ranges.length) record.deletions.push({ author, ranges });
      Y.applyUpdate(server, update, author);
    });
    return doc;
  };
  const a = replica(1, mette);
  const b = replica(2, ali);
  server.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== mette) Y.applyUpdate(a, update, "server");
    if (origin !== ali) Y.applyUpdate(b, update, "server");
  });
  return { server, a, b, record: record as AuthorRecord };
}

/** The first paragraph's text of a rich text, where TipTap would type. */
function firstLine(fragment: Y.XmlFragment | null): Y.XmlText {
  if (!fragment) throw new Error("the item has no text");
  return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

describe("who wrote what", () => {
  it("names the writer of an item and whoever else wrote in its text, stretch by stretch", () => {
    const { server, a, b, record } = meeting();
    const id = addGoal(a, { createdBy: "Mette", createdByRole: "koordinator", text: "Arbejde med dyr" });
    firstLine(goalText(b, id)).insert("Arbejde med dyr".length, " på Ærø");

    const [goal] = attributeMeeting(server, record).goals;
    expect(goal).toMatchObject({ id, writtenBy: mette, editedBy: [ali] });
    expect(goal?.runs).toEqual([
      { text: "Arbejde med dyr", author: mette },
      { text: " på Ærø", author: ali },
    ]);
  });

  it("counts removing someone's words as editing, though Yjs keeps no deleter", () => {
    const { server, a, b, record } = meeting();
    const id = addGoal(a, { createdBy: "Mette", text: "Arbejde med dyr hver dag" });
    firstLine(goalText(b, id)).delete("Arbejde med dyr".length, " hver dag".length);

    const [goal] = attributeMeeting(server, record).goals;
    expect(goal?.editedBy).toEqual([ali]);
    expect(goal?.runs).toEqual([{ text: "Arbejde med dyr", author: mette }]);
  });

  it("does not blame a reconnecting participant for deletions the server already has", () => {
    const { server, a, record } = meeting();
    const id = addGoal(a, { createdBy: "Mette", text: "Arbejde med dyr hver dag" });
    firstLine(goalText(a, id)).delete(0, "Arbejde ".length);
    // Ali's replica comes back with everything it holds: the same deletions, and content it did not write.
    const everything = Y.encodeStateAsUpdate(a);
    expect(rangesDeletedBy(server, everything)).toEqual([]);
    expect(clientsWritingIn(server, everything)).toEqual([]);
    expect(attributeMeeting(server, record).goals[0]?.editedBy).toEqual([]);
  });

  it("counts a changed field, but not moving the item or giving a scale", () => {
    const { server, a, b, record } = meeting();
    const first = addNextStep(a, { createdBy: "Mette", text: "Søge praktik", owner: "Mette" });
    const second = addNextStep(a, { createdBy: "Mette", text: "Ringe til lægen", owner: "Mette" });
    const goal = addGoal(a, { createdBy: "Mette", text: "Arbejde" });
    updateNextStep(b, first, { owner: "Ali" });
    moveNextStep(b, second, 0);
    setGoalScale(b, goal, { key: ali.memberId, name: "Ali", role: "borger" }, 6);

    const attribution = attributeMeeting(server, record);
    expect(attribution.nextSteps.map((step) => [step.id, step.editedBy])).toEqual([
      [second, []],
      [first, [ali]],
    ]);
    expect(attribution.goals[0]?.editedBy).toEqual([]);
  });

  it("falls back to what the item says about its author when the server saw nobody write it", () => {
    const { server, record } = meeting();
    // Carried over from the last meeting by the server itself: its client id is nobody's.
    addGoal(server, { createdBy: "Sara", createdByRole: "borger", text: "Egen bolig" });

    const [goal] = attributeMeeting(server, record).goals;
    expect(goal).toMatchObject({ writtenBy: null, claimedBy: { name: "Sara", role: "borger" }, editedBy: [] });
    expect(goal?.runs).toEqual([{ text: "Egen bolig", author: null }]);
  });

  it("believes the server's record over the name a participant wrote into the item", () => {
    const { server, b, record } = meeting();
    addGoal(b, { createdBy: "Mette", createdByRole: "koordinator", text: "Skrevet af Ali" });
    expect(attributeMeeting(server, record).goals[0]).toMatchObject({
      writtenBy: ali,
      claimedBy: { name: "Mette", role: "koordinator" },
    });
  });

  it("lists every section in the minutes' order, so the n-th entry describes the n-th item there", () => {
    const { server, a, b, record } = meeting();
    addProgressObservation(a, { createdBy: "Mette", text: "Mødte op tre gange", observedBy: "Mette" });
    addProgressObservation(b, { createdBy: "Ali", text: "Sov bedre", observedBy: "Ali", index: 0 });
    roundNoteFor(a, { name: "Ali", id: ali.memberId }, { createdBy: "Mette" });
    addNextStep(b, { createdBy: "Ali", text: "Købe støvler", owner: "Ali" });

    const attribution = attributeMeeting(server, record);
    const minutes = renderMinutes({
      meeting: { id: "m", title: "t", startsAt: "2026-12-01T10:00:00Z", closedAt: null },
      citizenName: "Ali",
      caseReference: null,
      participants: [],
      nextMeetingAt: null,
      doc: server,
    });
    expect(attribution.progress.map((item) => item.runs.map((run) => run.text).join(""))).toEqual(
      minutes.progress.map((item) => item.text),
    );
    expect(attribution.progress.map((item) => item.writtenBy)).toEqual([ali, mette]);
    expect(attribution.round).toHaveLength(minutes.round.length);
    expect(attribution.nextSteps[0]?.writtenBy).toEqual(ali);
  });

  it("keeps lines apart in the runs as the minutes do", () => {
    const { server, a, b, record } = meeting();
    const id = addGoal(a, { createdBy: "Mette", text: "Første linje\nAnden linje" });
    firstLine(goalText(b, id)).insert(0, "Ny ");
    expect(attributeMeeting(server, record).goals[0]?.runs).toEqual([
      { text: "Ny ", author: ali },
      { text: "Første linje\nAnden linje", author: mette },
    ]);
  });

  it("gives a list's '- ' and '1. ' to the words they stand before, so the runs read as the minutes' text", () => {
    const { server, a, record } = meeting();
    addGoal(a, { createdBy: "Mette", text: "1. sove om natten\n2. gå tur" });
    expect(attributeMeeting(server, record).goals[0]?.runs).toEqual([
      { text: "1. sove om natten\n2. gå tur", author: mette },
    ]);
  });
});
