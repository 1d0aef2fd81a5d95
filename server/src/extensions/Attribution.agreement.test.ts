import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  AGREEMENT_KEY,
  answerThePlan,
  createMeetingDocument,
  readCitizenAgreement,
  withdrawAnswer,
} from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

/**
 * "Jeg er enig i planen" is the citizen's to say: only a connection whose role is the citizen's
 * sets or takes back her answer. Everyone below is a real participant on loopback; the others'
 * clients write into their replicas straight, as a modified client would.
 */

let citizen: InvitedGuest;
let professional: InvitedGuest;
let karin: Participant;
let ali: Participant;
let peter: Participant;

beforeEach(async () => {
  citizen = await server.invite(meeting as never, { name: "Ali Hassan", role: "borger" });
  professional = await server.invite(meeting as never, { name: "Peter Lund", role: "fagperson" });
  karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  ali = await joinMeeting(server.wsUrl, meeting.documentName, () => citizen.agent.connectionToken(meeting.id));
  peter = await joinMeeting(server.wsUrl, meeting.documentName, () => professional.agent.connectionToken(meeting.id));
});
afterEach(async () => {
  for (const participant of [karin, ali, peter]) participant.provider.destroy();
});

async function stored(): Promise<Y.Doc> {
  return (await server.documents.loadDoc(meeting.documentName, createMeetingDocument())).doc;
}

const answerIn = (doc: Y.Doc) => readCitizenAgreement(doc)?.answer ?? null;

async function refusalsOnTrail(): Promise<{ actor: string; details: Record<string, unknown> }[]> {
  const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body
    .events;
  return trail.filter((event: { action: string }) => event.action === "edit-refused");
}

/** Every replica, and the stored plan, hold `answer`: the server's corrections have arrived everywhere. */
async function everywhere(answer: string | null, ...participants: Participant[]): Promise<void> {
  for (const participant of participants) await acknowledged(participant);
  await expect.poll(async () => answerIn(await stored())).toBe(answer);
  for (const participant of [karin, ali, peter]) {
    await waitFor(() => answerIn(participant.doc) === answer, 5_000, `${answer} to reach every participant`);
  }
}

describe("the citizen's answer to the plan", () => {
  it("is set by the citizen's connection, and the coordinator sees it", async () => {
    answerThePlan(ali.doc, "disagrees", "Jeg vil ikke starte før sommer");
    await everywhere("disagrees", ali);
    expect(readCitizenAgreement(karin.doc)?.reason).toBe("Jeg vil ikke starte før sommer");
    expect(await refusalsOnTrail()).toEqual([]);
  });

  it("cannot be set by the coordinator or a professional: it is put back and goes on the case's trail", async () => {
    answerThePlan(karin.doc, "agrees");
    await everywhere(null, karin);
    answerThePlan(peter.doc, "agrees");
    await everywhere(null, peter);

    await expect.poll(refusalsOnTrail).toHaveLength(2);
    expect(await refusalsOnTrail()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: "Karin Holm",
          details: expect.objectContaining({ reason: "not-the-citizen" }),
        }),
        expect.objectContaining({
          actor: "Peter Lund",
          details: expect.objectContaining({ reason: "not-the-citizen" }),
        }),
      ]),
    );
  });

  it("cannot be changed or taken back by anyone but her", async () => {
    answerThePlan(ali.doc, "agrees");
    await everywhere("agrees", ali);

    answerThePlan(peter.doc, "disagrees", "Borgeren er i virkeligheden ikke enig");
    await everywhere("agrees", peter);
    peter.doc.getMap(AGREEMENT_KEY).delete("answer");
    await everywhere("agrees", peter);
    withdrawAnswer(karin.doc);
    await everywhere("agrees", karin);

    // She can take it back herself.
    withdrawAnswer(ali.doc);
    await everywhere(null, ali);
  });
});
