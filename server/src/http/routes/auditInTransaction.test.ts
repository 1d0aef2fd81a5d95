import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** Makes the database refuse one audit action, as a full disk or a crash would between two statements. */
function refuseAuditOf(action: string): () => void {
  const raw = new Database(path.join(server.dataDir, "samplan.sqlite"));
  raw.exec(`create trigger refuse_audit before insert on audit_events when new.action = '${action}'
    begin select raise(abort, 'the audit trail is unavailable'); end`);
  return () => {
    raw.exec("drop trigger refuse_audit");
    raw.close();
  };
}

describe("a change and the audit line that records it", () => {
  it("are committed together: when the line cannot be written, the member is not added either", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const roster = pathOf(apiRoutes.members, { caseId: meeting.caseId });
    const peter = { name: "Peter Lund", role: "fagperson", organisation: "Psykiatrien", profession: "Psykolog" };

    const allow = refuseAuditOf("member-added");
    expect((await coordinator.request("POST", roster, peter)).status).toBe(500);
    allow();
    const names = async () =>
      (await coordinator.request("GET", roster)).body.members.map((m: { name: string }) => m.name);
    expect(await names()).toEqual(["Karin Holm"]);

    const added = await coordinator.request("POST", roster, peter);
    expect(added.status).toBe(201);
    expect(await names()).toEqual(["Karin Holm", "Peter Lund"]);
    const lines = (await server.audit.all()).filter((event) => event.action === "member-added");
    expect(lines.map((event) => event.details.memberId)).toEqual([added.body.id]);
  });

  it("are committed together when a meeting is closed: a refused line leaves the meeting open", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const allow = refuseAuditOf("meeting-closed");
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {})).status,
    ).toBe(500);
    allow();
    expect(
      (await coordinator.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).body.status,
    ).not.toBe("closed");
    expect(
      (await coordinator.request("GET", pathOf(apiRoutes.versions, { meetingId: meeting.id }))).body.versions,
    ).toEqual([]);

    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {})).status,
    ).toBe(200);
    expect((await coordinator.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).body.status).toBe(
      "closed",
    );
  });
});
