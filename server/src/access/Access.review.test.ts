import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ConnectionClaims, ConnectionTokens } from "../auth/ConnectionTokens.ts";
import { AccountRepository } from "../storage/AccountRepository.ts";
import { CaseRepository } from "../storage/CaseRepository.ts";
import { ConsentRepository } from "../storage/ConsentRepository.ts";
import { nextCopenhagenMidnight } from "../storage/calendarDay.ts";
import { InvitationRepository } from "../storage/InvitationRepository.ts";
import { MeetingRepository } from "../storage/MeetingRepository.ts";
import { MeetingTemplateRepository } from "../storage/MeetingTemplateRepository.ts";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { RosterRepository } from "../storage/RosterRepository.ts";
import { SessionRepository } from "../storage/SessionRepository.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { Access } from "./Access.ts";

let server: TestServer;
let database: DatabaseHandle;
let access: Access;

beforeEach(async () => {
  server = await startTestServer();
  // A second reader of the same database, as another instance would be.
  database = await openDatabase({ sqliteFile: path.join(server.dataDir, "samplan.sqlite") });
  const { db } = database;
  access = new Access({
    accounts: new AccountRepository(db),
    sessions: new SessionRepository(db),
    cases: new CaseRepository(db),
    meetings: new MeetingRepository(db),
    roster: new RosterRepository(db),
    invitations: new InvitationRepository(db),
    consents: new ConsentRepository(db),
    templates: new MeetingTemplateRepository(db),
  });
});
afterEach(async () => {
  await database.db.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

/** What the connection token an agent gets says, read with the server's own key. */
async function claimsOf(agent: Agent, meetingId: string): Promise<ConnectionClaims> {
  const secret = fs.readFileSync(path.join(server.dataDir, "token-secret"), "utf8").trim();
  const verified = await new ConnectionTokens(new TextEncoder().encode(secret)).verify(
    await agent.connectionToken(meetingId),
  );
  if (!verified.ok) throw new Error("the server's own token did not verify");
  return verified.claims;
}

const admissionOf = async (claims: ConnectionClaims, now: Date) => {
  const checked = await access.refusalFor(
    { caseId: claims.caseId, memberId: claims.sub, invitationId: claims.invitationId, sessionId: claims.sid },
    now,
  );
  if ("refusal" in checked) throw new Error(`refused: ${checked.refusal}`);
  return checked;
};

describe("when an admission is looked at again", () => {
  it("for someone the citizen's consent must cover: at the next Danish midnight, when a consent's last day may have passed", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Samarbejde om behandling",
      organisations: ["Psykiatrien"],
      givenAt: daysFromNow(-10),
      validUntil: daysFromNow(30),
    });
    const psychologist = await server.invite(meeting, {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Psykiatrien",
    });
    // Asked as of two days ago, so that the next midnight comes before the guest's session ends.
    const then = new Date(Date.now() - 2 * 86_400_000);
    const admitted = await admissionOf(await claimsOf(psychologist.agent, meeting.id), then);
    expect(admitted.reviewAt.getTime()).toBe(nextCopenhagenMidnight(then).getTime());
  });

  it("for the case's coordinator, who needs no consent: when her session ends", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const admitted = await admissionOf(await claimsOf(coordinator, meeting.id), new Date());
    const session = await coordinator.request("GET", pathOf(apiRoutes.session));
    expect(admitted.reviewAt.toISOString()).toBe(session.headers.get("samplan-session-ends"));
  });

  it("refuses once the session the token was issued to has ended", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const claims = await claimsOf(coordinator, meeting.id);
    await coordinator.request("DELETE", pathOf(apiRoutes.signOut));
    await expect(admissionOf(claims, new Date())).rejects.toThrow("refused: session-ended");
  });
});
