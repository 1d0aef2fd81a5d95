import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const endsOf = (headers: Headers) => Date.parse(headers.get("samplan-session-ends") ?? "");

describe("answers say when the session they were given to ends", () => {
  it("for staff: the session's own end, about twelve hours away", async () => {
    const coordinator = await server.coordinator();
    const answer = await coordinator.request("GET", pathOf(apiRoutes.session));
    const hours = (endsOf(answer.headers) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it("for a guest: the invitation's end when it comes first, on the meeting's answer too", async () => {
    const { meeting } = await server.createMeeting();
    const coordinator = await server.coordinator();
    const member = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "",
    });
    const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
      memberId: member.body.id,
      kind: "link",
      confirmWithoutConsent: true,
      validHours: 2,
    });
    const guest = server.agent();
    await guest.request("POST", pathOf(apiRoutes.join), { secret: invited.body.joinPath.slice("/join#".length) });
    const answer = await guest.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }));
    expect(answer.status).toBe(200);
    expect(endsOf(answer.headers)).toBe(Date.parse(invited.body.invitation.expiresAt));
  });

  it("and nothing when there is no session", async () => {
    const answer = await server.request("GET", pathOf(apiRoutes.authStatus));
    expect(answer.headers.get("samplan-session-ends")).toBeNull();
  });
});
