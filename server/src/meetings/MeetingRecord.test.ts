import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, createMeetingDocument, listGoals } from "@samplan/shared/model";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { acknowledged, joinMeeting, type Participant } from "../testing/testServer.ts";

useMeetingServer();

let writer: Participant;
let citizen: Participant;

beforeEach(async () => {
  // The goal is the citizen's own words only when the citizen writes it: the server keeps who wrote what.
  const sara = await server.invite(meeting as never, { name: "Sara", role: "borger" });
  citizen = await joinMeeting(server.wsUrl, meeting.documentName, () => sara.agent.connectionToken(meeting.id));
  addGoal(citizen.doc, { createdBy: "Sara", createdByRole: "borger", text: "Et arbejde med dyr på Ærø" });
  await acknowledged(citizen);
  writer = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  addNextStep(writer.doc, { createdBy: "Karin", text: "Ringe til gården", owner: "Karin", dueDate: "2026-12-12" });
  await acknowledged(writer);
});
afterEach(async () => {
  writer.provider.destroy();
  citizen.provider.destroy();
});

// The three steps of the record, by the name the tests give them.
const STEPS = { close: apiRoutes.closeMeeting, reopen: apiRoutes.reopenMeeting, approve: apiRoutes.approveMinutes };
const post = (step: keyof typeof STEPS, body?: unknown) =>
  coordinator.request("POST", pathOf(STEPS[step], { meetingId: meeting.id }), body ?? {});

describe("closing a meeting", () => {
  it("makes the document read-only for everyone, enforced by the server", async () => {
    expect((await post("close")).status).toBe(200);
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    raw.authenticate(await coordinator.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: true });
    raw.syncStep1();
    const late = createMeetingDocument();
    addGoal(late, { createdBy: "Karin", text: "Skrevet efter mødet" });
    raw.update(Y.encodeStateAsUpdate(late));
    await new Promise((resolve) => setTimeout(resolve, 300));
    raw.close();
    const { doc } = await server.documents.loadDoc(meeting.documentName, createMeetingDocument());
    expect(listGoals(doc)).toHaveLength(1);
    expect((await post("close")).status).toBe(409);
  });

  it("records who was present and generates the minutes", async () => {
    await server.invite(meeting as never, { name: "Jonas", role: "fagperson" });
    await post("close", { nextMeetingAt: "2027-01-12T10:00:00+01:00" });
    const { minutes, approved } = (
      await coordinator.request("GET", pathOf(apiRoutes.minutes, { meetingId: meeting.id }))
    ).body;
    expect(approved).toBeNull();
    expect(minutes.participants.map((p: { name: string; present: boolean }) => [p.name, p.present])).toEqual([
      ["Karin Holm", true],
      ["Sara", true],
      ["Jonas", false],
    ]);
    expect(minutes.goals).toMatchObject([{ text: "Et arbejde med dyr på Ærø", inCitizensWords: true }]);
    expect(minutes.nextSteps).toMatchObject([{ text: "Ringe til gården", owner: "Karin" }]);
    expect(minutes.nextMeetingAt).toBe("2027-01-12T10:00:00+01:00");
    // Everyone in the meeting can read when the network meets next, the citizen included.
    const seen = (await coordinator.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).body;
    expect(seen).toMatchObject({ status: "closed", nextMeetingAt: "2027-01-12T10:00:00+01:00" });
  });
});

describe("approving the minutes", () => {
  it("freezes an immutable version with a stable hash; a correction adds a version and keeps the old", async () => {
    // Each refusal carries its own stable code: the client words them differently (issue 19).
    expect(await post("approve")).toMatchObject({ status: 409, body: { error: { code: "meeting_not_closed" } } });
    await post("close");
    const approved = (await post("approve")).body;
    expect(approved).toMatchObject({ number: 2, kind: "approved", createdBy: "Karin Holm" });
    expect(approved.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await post("approve")).toMatchObject({ status: 409, body: { error: { code: "minutes_approved" } } });

    // The same minutes give the same hash: reading them back changes nothing.
    const read = (await coordinator.request("GET", pathOf(apiRoutes.minutes, { meetingId: meeting.id }))).body;
    expect(read.approved.contentHash).toBe(approved.contentHash);

    // A correction: reopen, change, close, approve again.
    await post("reopen");
    const corrector = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      coordinator.connectionToken(meeting.id),
    );
    addNextStep(corrector.doc, { createdBy: "Karin", text: "Sende referatet til lægen", owner: "Karin" });
    await acknowledged(corrector);
    corrector.provider.destroy();
    await post("close");
    const corrected = (await post("approve")).body;
    expect(corrected.number).toBe(5);
    expect(corrected.contentHash).not.toBe(approved.contentHash);

    const versions = (await coordinator.request("GET", pathOf(apiRoutes.versions, { meetingId: meeting.id }))).body
      .versions;
    expect(versions.map((v: { kind: string }) => v.kind)).toEqual([
      "closed",
      "approved",
      "reopened",
      "closed",
      "approved",
    ]);
    const first = (await coordinator.request("GET", pathOf(apiRoutes.version, { meetingId: meeting.id, number: 2 })))
      .body;
    expect(first.version.contentHash).toBe(approved.contentHash);
    expect(first.minutes.nextSteps).toHaveLength(1);
    const state = createMeetingDocument();
    Y.applyUpdate(state, Buffer.from(first.state, "base64"));
    expect(listGoals(state)).toHaveLength(1);
  });

  it("cannot be changed in the database itself", async () => {
    await post("close");
    await post("approve");
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
    expect(() => db.prepare("update meeting_versions set minutes = '{}'").run()).toThrow(/immutable/);
    db.close();
  });

  it("exports the minutes as Markdown and writes every export to the audit trail", async () => {
    await post("close");
    await post("approve");
    const markdown = await coordinator.request("GET", pathOf(apiRoutes.minutesMarkdown, { meetingId: meeting.id }));
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(String(markdown.body)).toContain("Et arbejde med dyr på Ærø *(med borgerens egne ord)*");
    const trail = (
      await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))
    ).body.events.map((e: { action: string }) => e.action);
    expect(trail).toEqual(expect.arrayContaining(["meeting-closed", "minutes-approved", "minutes-exported"]));
  });

  it("is the coordinator's: a professional cannot close, approve or read the minutes here", async () => {
    const peter = await server.invite(meeting as never, { name: "Peter", role: "fagperson" });
    for (const step of ["close", "approve", "reopen"] as const) {
      expect((await peter.agent.request("POST", pathOf(STEPS[step], { meetingId: meeting.id }), {})).status).toBe(403);
    }
    expect((await peter.agent.request("GET", pathOf(apiRoutes.minutes, { meetingId: meeting.id }))).status).toBe(403);
  });
});
