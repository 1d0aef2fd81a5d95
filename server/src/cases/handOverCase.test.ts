import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, readMeetingContent } from "@samplan/shared/model";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { type Agent, acknowledged, joinMeeting, TEST_PASSWORD, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const NOTE = "Det vigtigste at vide om Søren: ring før kl. 10, han sover dårligt.";

/** A second coordinator, signed in in her own browser. */
async function colleague(username = "line", displayName = "Line Berg"): Promise<{ agent: Agent; accountId: string }> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
    username,
    displayName,
    password: TEST_PASSWORD,
    role: "koordinator",
  });
  expect(created.status).toBe(201);
  const agent = server.agent();
  expect((await agent.request("POST", pathOf(apiRoutes.signIn), { username, password: TEST_PASSWORD })).status).toBe(
    200,
  );
  return { agent, accountId: created.body.id };
}

const handOver = (by: Agent, body: unknown) =>
  by.request("POST", pathOf(apiRoutes.handOverCase, { caseId: meeting.caseId }), body);

describe("a case changes hands", () => {
  it("gives the new coordinator the whole case and the note, and takes the old one off it, live connections too", async () => {
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, await coordinator.connectionToken(meeting.id));
    addGoal(karin.doc, { createdBy: "Karin Holm", text: "Arbejde med dyr" });
    await acknowledged(karin);
    let closed = false;
    karin.provider.on("close", () => {
      closed = true;
    });
    const line = await colleague();

    const answer = await handOver(coordinator, { toAccountId: line.accountId, note: `  ${NOTE}  ` });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ caseId: meeting.caseId, fromName: "Karin Holm", toName: "Line Berg" });

    // Karin's socket is closed, and her reconnect refused: she is no longer on the roster.
    await waitFor(() => closed, 5_000, "the old coordinator's connection to close");
    karin.provider.destroy();
    expect((await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }))).status).toBe(404);
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id }))).status,
    ).toBe(404);
    expect((await coordinator.request("GET", pathOf(apiRoutes.cases))).body.cases).toEqual([]);

    // Line sees the case, its meetings, the plan as written, its progress, steps and network.
    const kase = await line.agent.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }));
    expect(kase.status).toBe(200);
    expect(kase.body.meetings.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    for (const route of [apiRoutes.progress, apiRoutes.steps, apiRoutes.consents, apiRoutes.auditTrail]) {
      expect((await line.agent.request("GET", pathOf(route, { caseId: meeting.caseId }))).status, route.path).toBe(200);
    }
    const members = (await line.agent.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).body
      .members;
    expect(members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ["Line Berg", "koordinator"],
    ]);
    const lines = await joinMeeting(server.wsUrl, meeting.documentName, await line.agent.connectionToken(meeting.id));
    expect(readMeetingContent(lines.doc).goals.map((goal) => goal.text)).toEqual(["Arbejde med dyr"]);
    lines.provider.destroy();

    // The note, trimmed, for her alone, until she puts it away.
    const news = pathOf(apiRoutes.handoverNews, { caseId: meeting.caseId });
    const hers = await line.agent.request("GET", news);
    expect(hers.body.note).toMatchObject({ fromName: "Karin Holm", note: NOTE });
    expect(hers.body.newCoordinator).toMatchObject({ name: "Line Berg" });
    const dismiss = pathOf(apiRoutes.dismissHandoverNote, { caseId: meeting.caseId });
    expect((await line.agent.request("POST", dismiss)).status).toBe(204);
    expect((await line.agent.request("GET", news)).body.note).toBeNull();
    expect((await line.agent.request("POST", dismiss)).status).toBe(204);

    // The trail names who handed it to whom, never what the note said.
    const events = (await server.audit.all()).filter((event) => event.action === "case-handed-over");
    expect(events).toEqual([
      expect.objectContaining({
        actor: "Karin Holm (karin)",
        caseId: meeting.caseId,
        details: { from: "Karin Holm", to: "Line Berg" },
      }),
    ]);
    expect(JSON.stringify(await server.audit.all())).not.toContain("sover dårligt");

    // The citizen's export holds the hand-over, note and all: it was written about her.
    const exported = (await line.agent.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }))).body;
    expect(exported.handovers).toEqual([
      expect.objectContaining({ from_name: "Karin Holm", to_name: "Line Berg", note: NOTE }),
    ]);
    expect(exported.accessLog.map((e: { action: string }) => e.action)).toContain("case-handed-over");
  });

  it("tells the citizen who her new coordinator is, until a meeting with her has been held", async () => {
    const citizen = await server.invite(meeting, { name: "Søren", role: "borger" });
    const news = pathOf(apiRoutes.handoverNews, { caseId: meeting.caseId });
    expect((await citizen.agent.request("GET", news)).body).toEqual({ note: null, newCoordinator: null });
    const line = await colleague();
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: NOTE })).status).toBe(201);

    const told = (await citizen.agent.request("GET", news)).body;
    expect(told).toEqual({ note: null, newCoordinator: { name: "Line Berg", since: expect.any(String) } });
    expect(
      (await line.agent.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {})).status,
    ).toBe(200);
    expect((await citizen.agent.request("GET", news)).body.newCoordinator).toBeNull();
  });

  it("keeps a colleague already in the network on the roster, now as its coordinator", async () => {
    const line = await colleague();
    const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Line Berg",
      role: "fagperson",
      organisation: "Jobcenter",
      accountUsername: "line",
    });
    expect(added.status).toBe(201);
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: NOTE })).status).toBe(201);
    const members = (await line.agent.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).body
      .members;
    expect(members.map((m: { id: string; role: string }) => [m.id, m.role])).toEqual([[added.body.id, "koordinator"]]);
  });

  it("goes with the case when the case is deleted, note and all", async () => {
    const line = await colleague();
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: NOTE })).status).toBe(201);
    expect((await line.agent.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }))).status).toBe(
      204,
    );
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const left = db.prepare("select count(*) as n from case_handovers").get() as { n: number };
    db.close();
    expect(left.n).toBe(0);
  });
});
