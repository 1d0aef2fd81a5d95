import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import {
  type Agent,
  joinMeeting,
  removeDataDir,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  waitFor,
} from "../testing/testServer.ts";

let server: TestServer;
let karin: Agent;
let database: DatabaseHandle;
let teamId: string;
let accounts: Record<string, string>;

async function account(username: string, displayName: string): Promise<Agent> {
  const created = await karin.request("POST", pathOf(apiRoutes.createAccount), {
    username,
    displayName,
    password: TEST_PASSWORD,
    role: "koordinator",
  });
  expect(created.status).toBe(201);
  accounts[username] = created.body.id;
  const agent = server.agent();
  expect((await agent.request("POST", pathOf(apiRoutes.signIn), { username, password: TEST_PASSWORD })).status).toBe(
    200,
  );
  return agent;
}

async function inTeam(username: string, leadsTeam = false) {
  const set = await karin.request("POST", pathOf(apiRoutes.setAccountTeam, { accountId: accounts[username] ?? "" }), {
    teamId,
    leadsTeam,
  });
  expect(set.status).toBe(200);
}

let line: Agent;
let tove: Agent;
let mads: Agent;
let caseId: string;
let meetingId: string;
let documentName: string;

beforeEach(async () => {
  server = await startTestServer();
  karin = await server.coordinator();
  database = await openDatabase({ sqliteFile: path.join(server.dataDir, "samplan.sqlite") });
  accounts = {};
  teamId = (await karin.request("POST", pathOf(apiRoutes.createTeam), { name: "Team Øst" })).body.id;
  line = await account("line", "Line Dahl");
  tove = await account("tove", "Tove Krog");
  mads = await account("mads", "Mads Bech");
  await inTeam("line");
  await inTeam("mads");
  await inTeam("tove", true);
  caseId = (await line.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Søren Holm" })).body.id;
  const meeting = await line.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
    title: "Netværksmøde",
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
  });
  meetingId = meeting.body.id;
  documentName = meeting.body.documentName;
  // Karin's own case: not the team's.
  await karin.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Ida Friis" });
});

afterEach(async () => {
  await database.db.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

const readCase = (agent: Agent) => agent.request("GET", pathOf(apiRoutes.case, { caseId }));

describe("a team lead", () => {
  it("sees her team's cases, and reads one only after saying why; the trail keeps the reason", async () => {
    const team = await tove.request("GET", pathOf(apiRoutes.team));
    expect(team.status).toBe(200);
    expect(team.body.cases.map((c: { citizenName: string; coordinatorName: string }) => c)).toEqual([
      expect.objectContaining({ citizenName: "Søren Holm", coordinatorName: "Line Dahl" }),
    ]);
    expect((await karin.request("GET", pathOf(apiRoutes.team))).status).toBe(403);

    expect((await readCase(tove)).status).toBe(404);
    const open = (reason: string) => tove.request("POST", pathOf(apiRoutes.openAsTeamLead, { caseId }), { reason });
    expect((await open("curiosity")).status).toBe(400);
    expect((await open("supervision")).status).toBe(204);
    expect((await readCase(tove)).status).toBe(200);

    // She reads; she does not write.
    const planned = await tove.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Mit møde",
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(planned.status).toBe(403);
    const reading = await joinMeeting(server.wsUrl, documentName, () => tove.connectionToken(meetingId));
    expect(reading.provider.authorizedScope).toBe("readonly");
    reading.provider.destroy();

    const trail = await line.request("GET", pathOf(apiRoutes.auditTrail, { caseId }));
    const lines = trail.body.events.map((e: { action: string; details: Record<string, unknown> }) => [
      e.action,
      e.details.reason,
    ]);
    expect(lines).toContainEqual(["case-opened-by-team-lead", "supervision"]);
    expect(lines).toContainEqual(["case-read-under-grant", "supervision"]);

    // Unmade as team lead, she stops reading the team's cases at once, not at midnight.
    await inTeam("tove", false);
    expect((await readCase(tove)).status).toBe(404);
    expect((await tove.request("GET", pathOf(apiRoutes.team))).status).toBe(403);
    await inTeam("tove", true);
    // Another team's case is not hers to open.
    const other = (await karin.request("GET", pathOf(apiRoutes.cases))).body.cases[0].id;
    expect(
      (await tove.request("POST", pathOf(apiRoutes.openAsTeamLead, { caseId: other }), { reason: "cover" })).status,
    ).toBe(404);
  });
});

describe("the team lead's other tools", () => {
  it("sees the team's figures, with no citizen's name in them; nobody else does", async () => {
    const figures = await tove.request("GET", pathOf(apiRoutes.teamFigures));
    expect(figures.status).toBe(200);
    expect(figures.body.months).toHaveLength(6);
    // One case: every figure is from fewer than five, and so not shown.
    expect(figures.body.cases).toBeNull();
    expect(JSON.stringify(figures.body)).not.toContain("Søren");
    expect((await line.request("GET", pathOf(apiRoutes.teamFigures))).status).toBe(403);
  });

  it("hands a case of her team to another of its coordinators", async () => {
    const body = { toAccountId: accounts.mads, note: "Søren har det bedst med korte møder" };
    expect((await line.request("POST", pathOf(apiRoutes.handOverAsTeamLead, { caseId }), body)).status).toBe(403);
    const handed = await tove.request("POST", pathOf(apiRoutes.handOverAsTeamLead, { caseId }), body);
    expect(handed.status).toBe(201);
    expect((await readCase(mads)).status).toBe(200);
    expect((await readCase(line)).status).toBe(404);
    const karinId = (await karin.request("GET", pathOf(apiRoutes.session))).body.principal.accountId;
    const outside = await tove.request("POST", pathOf(apiRoutes.handOverAsTeamLead, { caseId }), {
      ...body,
      toAccountId: karinId,
    });
    expect(outside.status).toBe(400);
  });
});

describe("a cover", () => {
  it("coordinates the absent colleague's cases, with their history, until the cover ends", async () => {
    const assigned = await tove.request("POST", pathOf(apiRoutes.assignCover), {
      absentAccountId: accounts.line,
      coverAccountId: accounts.mads,
      until: daysFromNow(7),
      reason: "illness",
    });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ absentName: "Line Dahl", coverName: "Mads Bech", cases: 1 });

    expect((await readCase(mads)).status).toBe(200);
    const desk = await mads.request("GET", pathOf(apiRoutes.deskMeetings));
    expect(desk.body.meetings.map((m: { citizenName: string }) => m.citizenName)).toContain("Søren Holm");
    const writing = await joinMeeting(server.wsUrl, documentName, () => mads.connectionToken(meetingId));
    expect(writing.provider.authorizedScope).toBe("read-write");
    let closed = false;
    writing.provider.on("close", () => {
      closed = true;
    });
    const trail = await line.request("GET", pathOf(apiRoutes.auditTrail, { caseId }));
    expect(
      trail.body.events.map((e: { action: string; details: { reason?: string } }) => [e.action, e.details.reason]),
    ).toContainEqual(["case-read-under-grant", "illness"]);

    const end = await tove.request("POST", pathOf(apiRoutes.endCover, { coverId: assigned.body.id }));
    expect(end.status).toBe(204);
    await waitFor(() => closed, 5_000, "the cover's connection to close");
    writing.provider.destroy();
    expect((await readCase(mads)).status).toBe(404);
  });

  it("ends by itself at its time: a connection open then is closed, and nothing lets the cover in after", async () => {
    const assigned = await tove.request("POST", pathOf(apiRoutes.assignCover), {
      absentAccountId: accounts.line,
      coverAccountId: accounts.mads,
      until: daysFromNow(0),
      reason: "leave",
    });
    expect(assigned.status).toBe(201);
    // The cover's last moment, brought forward to a second from now: what the clock does at midnight.
    await database.db
      .updateTable("case_members")
      .set({ grant_until: new Date(Date.now() + 1_500).toISOString() })
      .where("grant_reason", "=", assigned.body.id)
      .execute();
    const writing = await joinMeeting(server.wsUrl, documentName, () => mads.connectionToken(meetingId));
    let closed = false;
    writing.provider.on("close", () => {
      closed = true;
    });
    await waitFor(() => closed, 10_000, "the connection to close at the cover's end");
    writing.provider.destroy();
    expect((await readCase(mads)).status).toBe(404);
    expect((await mads.request("GET", pathOf(apiRoutes.deskMeetings))).body.meetings).toEqual([]);
  });

  it("is the team lead's to assign, within her team, to a coordinator, from today on", async () => {
    const body = {
      absentAccountId: accounts.line,
      coverAccountId: accounts.mads,
      until: daysFromNow(3),
      reason: "leave",
    };
    expect((await line.request("POST", pathOf(apiRoutes.assignCover), body)).status).toBe(403);
    expect(
      (await tove.request("POST", pathOf(apiRoutes.assignCover), { ...body, until: daysFromNow(-1) })).status,
    ).toBe(409);
    // Longer than a year is no cover but a hand-over.
    expect(
      (await tove.request("POST", pathOf(apiRoutes.assignCover), { ...body, until: daysFromNow(400) })).status,
    ).toBe(409);
    expect(
      (await tove.request("POST", pathOf(apiRoutes.assignCover), { ...body, coverAccountId: accounts.line })).status,
    ).toBe(409);
    const karinId = (await karin.request("GET", pathOf(apiRoutes.session))).body.principal.accountId;
    expect(
      (await tove.request("POST", pathOf(apiRoutes.assignCover), { ...body, coverAccountId: karinId })).status,
    ).toBe(409);
  });
});
