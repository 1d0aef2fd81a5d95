import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, createMeetingDocument, listGoals, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { acknowledged, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function join(token: () => Promise<string>): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, token);
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

async function interpreter() {
  const invited = await server.invite(meeting, {
    name: "Amira Tolk",
    role: "tolk",
    organisation: "Tolkebureauet",
    adultConfirmed: true,
  });
  await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Tolk ved mødet",
    organisations: ["Tolkebureauet"],
    givenAt: daysFromNow(0),
  });
  return invited;
}

describe("interpreters", () => {
  it("get a read-only connection: the plan arrives, and a raw update they send is dropped and never stored", async () => {
    const karin = await join(() => coordinator.connectionToken(meeting.id));
    addGoal(karin.doc, { createdBy: "Karin Holm", text: "Et arbejde med dyr" });
    await acknowledged(karin);
    const amira = await interpreter();
    const theirs = await join(() => amira.agent.connectionToken(meeting.id));
    expect(readMeetingContent(theirs.doc).goals.map((g) => g.text)).toEqual(["Et arbejde med dyr"]);

    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(await amira.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: true });
    raw.syncStep1();
    const sneaky = createMeetingDocument();
    addGoal(sneaky, { createdBy: "Amira Tolk", text: "Skrevet af tolken" });
    raw.update(Y.encodeStateAsUpdate(sneaky));
    // Something written after it reaches the others: by then the interpreter's would have too.
    addGoal(karin.doc, { createdBy: "Karin Holm", text: "Et mål bagefter" });
    await acknowledged(karin);
    await waitFor(() => listGoals(theirs.doc).length === 2, 3_000, "the later goal to reach the interpreter");

    expect(readMeetingContent(karin.doc).goals.map((g) => g.text)).toEqual(["Et arbejde med dyr", "Et mål bagefter"]);
    const stored = createMeetingDocument();
    for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(stored, update);
    expect(listGoals(stored)).toHaveLength(2);
  });

  it("are in the minutes' attendance as present, named as the interpreter", async () => {
    const amira = await interpreter();
    await join(() => amira.agent.connectionToken(meeting.id));
    const closed = await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {});
    expect(closed.status).toBe(200);
    const detail = await coordinator.request(
      "GET",
      pathOf(apiRoutes.version, { meetingId: meeting.id, number: closed.body.number }),
    );
    expect(detail.body.minutes.participants).toContainEqual(
      expect.objectContaining({ name: "Amira Tolk", role: "tolk", present: true }),
    );
  });
});
