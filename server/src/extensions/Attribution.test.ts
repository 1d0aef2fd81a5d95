import path from "node:path";
import type { VersionDetail } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, createMeetingDocument, goalText, listGoals } from "@samplan/shared/model";
import type { Author } from "@samplan/shared/record";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { acknowledged, type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

let citizen: InvitedGuest;
let karin: Participant;
let ali: Participant;

beforeEach(async () => {
  citizen = await server.invite(meeting as never, { name: "Ali Hassan", role: "borger" });
  karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  ali = await joinMeeting(server.wsUrl, meeting.documentName, () => citizen.agent.connectionToken(meeting.id));
});
afterEach(async () => {
  karin.provider.destroy();
  ali.provider.destroy();
});

/** The first paragraph of an item's text, where an editor types. */
function firstLine(fragment: Y.XmlFragment | null): Y.XmlText {
  if (!fragment) throw new Error("the item has no text");
  return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

async function closedVersion(): Promise<VersionDetail> {
  const closed = await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {});
  expect(closed.status).toBe(200);
  const detail = await coordinator.request(
    "GET",
    pathOf(apiRoutes.version, { meetingId: meeting.id, number: closed.body.number }),
  );
  expect(detail.status).toBe(200);
  return detail.body;
}

const names = (authors: Author[] | undefined) => authors?.map((author) => `${author.name} (${author.role})`);

describe("who wrote what, as the server recorded it", () => {
  it("names the coordinator who wrote a goal and the citizen who changed its words", async () => {
    addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Arbejde med dyr hver dag" });
    await acknowledged(karin);
    await waitFor(() => listGoals(ali.doc).length === 1, 5_000, "the goal to reach the citizen");
    const line = firstLine(goalText(ali.doc, listGoals(ali.doc)[0]!.id));
    line.delete("Arbejde med dyr".length, " hver dag".length);
    line.insert("Arbejde med dyr".length, " på Ærø");
    await acknowledged(ali);

    const version = await closedVersion();
    const [goal] = version.attribution.goals;
    expect(names(goal?.writtenBy ? [goal.writtenBy] : [])).toEqual(["Karin Holm (koordinator)"]);
    expect(names(goal?.editedBy)).toEqual(["Ali Hassan (borger)"]);
    expect(goal?.runs.map((run) => [run.text, run.author?.name])).toEqual([
      ["Arbejde med dyr", "Karin Holm"],
      [" på Ærø", "Ali Hassan"],
    ]);
    expect(version.minutes.goals[0]?.text).toBe("Arbejde med dyr på Ærø");
  });

  it("names whoever really wrote an item, and keeps the item's own claim to that writer", async () => {
    addNextStep(ali.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Ringe til lægen", owner: "" });
    await acknowledged(ali);

    const [step] = (await closedVersion()).attribution.nextSteps;
    expect(step?.writtenBy).toMatchObject({ name: "Ali Hassan", role: "borger" });
    // The server set the claim right (see Attribution.claims.test.ts).
    expect(step?.claimedBy).toEqual({ name: "Ali Hassan", role: "borger" });
  });

  it("refuses content sent under another participant's client id, and stores none of it", async () => {
    addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Egen bolig" });
    await acknowledged(karin);

    // A hand-made client that copies the document and then writes as if it were Karin's replica.
    const forged = createMeetingDocument();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(karin.doc));
    forged.clientID = karin.doc.clientID;
    const updates: Uint8Array[] = [];
    forged.on("update", (update: Uint8Array) => updates.push(update));
    addGoal(forged, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Borgeren skal flytte" });

    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    raw.authenticate(await citizen.agent.connectionToken(meeting.id));
    expect((await raw.authenticated()).ok).toBe(true);
    for (const update of updates) raw.update(update);
    await waitFor(() => raw.documentClosedReason() !== null, 5_000, "the forged connection to be closed");
    expect(raw.documentClosedReason()).toBe("not-your-client-id");
    raw.close();

    const version = await closedVersion();
    expect(version.minutes.goals.map((goal) => goal.text)).toEqual(["Egen bolig"]);
    expect(version.attribution.goals.map((goal) => goal.writtenBy?.name)).toEqual(["Karin Holm"]);
    const stored = await server.documents.loadDoc(meeting.documentName, createMeetingDocument());
    expect(listGoals(stored.doc)).toHaveLength(1);
    // The attempt is on the case's trail, under the name of the one who made it.
    const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body
      .events;
    expect(trail).toContainEqual(
      expect.objectContaining({
        action: "edit-refused",
        actor: "Ali Hassan",
        details: expect.objectContaining({ reason: "not-your-client-id" }),
      }),
    );
  });

  it("leaves nothing of who wrote what behind when the case is deleted, and puts it in the citizen's export", async () => {
    addGoal(ali.doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Sove bedre" });
    await acknowledged(ali);
    firstLine(goalText(karin.doc, listGoals(karin.doc)[0]!.id)).delete(0, 1);
    await acknowledged(karin);

    const exported = (await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }))).body;
    // Ali wrote; Karin only deleted, which Yjs does not attribute, so the server wrote it down.
    expect(exported.meetings[0].authors.map((a: { name: string }) => a.name)).toEqual(["Ali Hassan"]);
    expect(exported.meetings[0].deletions.map((d: { name: string }) => d.name)).toEqual(["Karin Holm"]);

    karin.provider.destroy();
    ali.provider.destroy();
    expect((await coordinator.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }))).status).toBe(
      204,
    );
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const left = ["document_authors", "document_deletions"].map(
      (table) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    );
    db.close();
    expect(left).toEqual([0, 0]);
  });
});
