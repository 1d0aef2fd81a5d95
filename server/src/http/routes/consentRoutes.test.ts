import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { daysFromNow } from "../../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../../testing/meetingServer.ts";
import { joinMeeting } from "../../testing/testServer.ts";

useMeetingServer();

const consents = () => pathOf(apiRoutes.consents, { caseId: meeting.caseId });
const record = (body: Record<string, unknown>) =>
  coordinator.request("POST", consents(), {
    purpose: "Samarbejde om job",
    organisations: ["Jobcenter"],
    givenAt: daysFromNow(-30),
    ...body,
  });

/** Edit the database as time would: the consent's last day was yesterday. */
function runOut(consentId: string) {
  const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
  db.prepare("update consents set valid_until = ? where id = ?").run(daysFromNow(-1), consentId);
  db.close();
}

describe("a consent's period", () => {
  it("refuses an end before the consent was given, naming validUntil", async () => {
    const early = await record({ givenAt: daysFromNow(0), validUntil: daysFromNow(-1) });
    expect(early.status).toBe(400);
    expect(early.body.error.issues).toEqual([{ path: "validUntil", message: "validUntil must not be before givenAt" }]);
    const malformed = await record({ validUntil: "next spring" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["validUntil"]);
    expect((await record({ givenAt: daysFromNow(0), validUntil: daysFromNow(0) })).status).toBe(201);
  });

  it("runs until withdrawn when no end is given, as every consent recorded before", async () => {
    const open = await record({});
    expect(open.body).toMatchObject({ validUntil: null, daysLeft: null, endsSoon: false, expired: false });
  });

  it("tells the case page when to remind the coordinator: within two weeks of the end", async () => {
    await record({ purpose: "Fjern", validUntil: daysFromNow(15) });
    await record({ purpose: "Snart", validUntil: daysFromNow(14) });
    await record({ purpose: "I dag", validUntil: daysFromNow(0) });
    const listed = (await coordinator.request("GET", consents())).body.consents;
    const byPurpose = Object.fromEntries(
      listed.map((c: { purpose: string; daysLeft: number; endsSoon: boolean }) => [
        c.purpose,
        [c.daysLeft, c.endsSoon],
      ]),
    );
    expect(byPurpose).toEqual({ Fjern: [15, false], Snart: [14, true], "I dag": [0, true] });
  });

  it("shuts a professional out once it has run out, over HTTP and the websocket, exactly as withdrawing it would", async () => {
    const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Jonas",
      role: "fagperson",
      organisation: "Jobcenter",
    });
    const consent = await record({ validUntil: daysFromNow(10) });
    const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
      memberId: added.body.id,
    });
    expect(invited.body.invitation.withoutConsent).toBe(false);
    const jonas = server.agent();
    await jonas.request("POST", pathOf(apiRoutes.join), { secret: invited.body.joinPath.slice("/join#".length) });
    const token = await jonas.connectionToken(meeting.id);

    runOut(consent.body.id);
    const refused = await jonas.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }));
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("consent_required");
    await expect(joinMeeting(server.wsUrl, meeting.documentName, token)).rejects.toThrow("refused: consent-withdrawn");
    const listed = (await coordinator.request("GET", consents())).body.consents[0];
    expect(listed).toMatchObject({ expired: true, daysLeft: -1, endsSoon: false, withdrawnAt: null });
    const roster = (await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).body
      .members;
    expect(roster.find((m: { id: string }) => m.id === added.body.id).consentCovered).toBe(false);
  });
});
