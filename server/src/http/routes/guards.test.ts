import type { Meeting } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromNow } from "../../testing/daysFromNow.ts";
import {
  type Agent,
  removeDataDir,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from "../../testing/testServer.ts";
import { createApp } from "../createApp.ts";
import type { Services } from "../Services.ts";

/**
 * Every API route that names a case, a meeting or something in one, read from the app itself so
 * that a route added later is walked too. Registering routes touches no service, so a stub will do.
 */
// Routes with an id that is not a case's: staff accounts belong to the municipality, not to a case.
// A person's deadline calendar is opened by its secret alone (a calendar program has no session);
// StepFollowUp.test.ts tests that it opens nothing once the consent or the roster no longer holds.
// Meeting methods belong to a team, not a case: their own access is walked in copiedMeetingTemplates.test.ts.
const NOT_IN_A_CASE = ["/api/accounts/", "/api/calendar/", "/api/team/", "/api/meeting-templates/"];

function caseScopedRoutes(): { method: string; path: string }[] {
  const app = createApp({ config: { clientDir: "/nonexistent" } } as unknown as Services);
  const seen = new Map<string, { method: string; path: string }>();
  for (const { method, path } of app.routes) {
    if (!path.startsWith("/api/") || !path.includes("/:") || method === "ALL") continue;
    if (NOT_IN_A_CASE.some((prefix) => path.startsWith(prefix))) continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  // Deleting comes last, so that a guard that fails open cannot take the case away from the rest of the walk.
  return [...seen.values()].sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"));
}

let server: TestServer;
let meeting: Meeting;
let coordinator: Agent;
let ids: Record<string, string>;
/** Staff on the roster whom no consent ever covered. */
let frida: Agent;
/** Staff on the roster whom a consent covers. */
let peter: Agent;
/** A guest let in while a consent covered her; the consent was withdrawn since. */
let sara: Agent;
/** Staff on the roster whose consent ran out yesterday. */
let omar: Agent;

async function staffMember(name: string, username: string, organisation: string): Promise<Agent> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
    username,
    displayName: name,
    password: TEST_PASSWORD,
    role: "fagperson",
  });
  expect(created.status).toBe(201);
  const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
    name,
    role: "fagperson",
    organisation,
    accountUsername: username,
  });
  expect(added.status).toBe(201);
  const agent = server.agent();
  expect((await agent.request("POST", pathOf(apiRoutes.signIn), { username, password: TEST_PASSWORD })).status).toBe(
    200,
  );
  return agent;
}

async function consentFor(organisation: string, validUntil: string | null = null): Promise<string> {
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Samarbejde om indsatsen",
    organisations: [organisation],
    givenAt: daysFromNow(-60),
    validUntil,
  });
  expect(consent.status).toBe(201);
  return consent.body.id;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ meeting, coordinator } = await server.createMeeting());
  const caseId = meeting.caseId;
  const citizen = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), {
    name: "Ali",
    role: "borger",
  });

  frida = await staffMember("Frida Jobcenter", "frida", "Jobcenter");
  peter = await staffMember("Peter Lund", "peter", "Psykiatrien");
  const covering = await consentFor("Psykiatrien");
  omar = await staffMember("Omar Bostøtte", "omar", "Bostøtten");
  await consentFor("Bostøtten", daysFromNow(-1));

  const saraOnRoster = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), {
    name: "Sara",
    role: "fagperson",
    organisation: "Misbrugscentret",
  });
  const withdrawn = await consentFor("Misbrugscentret");
  const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
    memberId: saraOnRoster.body.id,
  });
  expect(invited.status).toBe(201);
  sara = server.agent();
  await sara.request("POST", pathOf(apiRoutes.join), { secret: invited.body.joinPath.slice("/join#".length) });
  expect((await sara.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(200);
  expect((await coordinator.request("POST", pathOf(apiRoutes.withdrawConsent, { consentId: withdrawn }))).status).toBe(
    200,
  );

  // A closed, approved meeting with filing data, so the minutes, versions and journal note exist.
  await coordinator.request("PATCH", pathOf(apiRoutes.updateCase, { caseId }), {
    caseReference: "27.12.00-A00-1-26",
    kleNumber: "15.00.00",
  });
  expect(
    (await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {})).status,
  ).toBe(200);
  expect(
    (await coordinator.request("POST", pathOf(apiRoutes.approveMinutes, { meetingId: meeting.id }), {})).status,
  ).toBe(200);

  ids = {
    caseId,
    meetingId: meeting.id,
    memberId: citizen.body.id,
    invitationId: invited.body.invitation.id,
    consentId: covering,
    number: "1",
    linkId: crypto.randomUUID(),
  };
});

afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** A body each writing route accepts, so that what answers is the guard and not the validator. */
function bodyFor(method: string, path: string): unknown {
  const bodies: Record<string, unknown> = {
    "POST /api/cases/:caseId/meetings": { title: "Opfølgning", startsAt: new Date().toISOString() },
    "POST /api/cases/:caseId/members": { name: "Ny", role: "fagperson" },
    "PATCH /api/cases/:caseId/members/:memberId": { name: "Ali B." },
    "POST /api/meetings/:meetingId/invitations": { memberId: ids.memberId },
    "POST /api/cases/:caseId/consents": { purpose: "x", organisations: ["Jobcenter"], givenAt: daysFromNow(0) },
    "PATCH /api/cases/:caseId": { caseReference: "x" },
    "POST /api/cases/:caseId/close": { reason: "job" },
    "POST /api/meetings/:meetingId/step-links": { stepId: crypto.randomUUID() },
    "POST /api/meetings/:meetingId/preparation": { wentWell: "", talkAbout: "", scales: [] },
    "POST /api/meetings/:meetingId/rating": {
      heard: 4,
      mattered: 4,
      wayOfWorking: 4,
      overall: 4,
      networkMaySee: false,
    },
    "POST /api/cases/:caseId/handover": { toAccountId: crypto.randomUUID(), note: "Det vigtigste at vide" },
  };
  return bodies[`${method} ${path}`];
}

const fill = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? `no-id-for-${name}`);
const reads = (route: { method: string; path: string }) =>
  route.method === "GET" || route.path.endsWith("/connection-token");

describe("the citizen's consent, on every route into a case", () => {
  it("finds the routes to walk", () => {
    const routes = caseScopedRoutes().map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /api/cases/:caseId/progress",
        "GET /api/cases/:caseId/steps",
        "GET /api/meetings/:meetingId/minutes.pdf",
        "GET /api/cases/:caseId/export",
      ]),
    );
    expect(routes.length).toBeGreaterThan(25);
  });

  it("refuses a member the consent never covered, one whose consent was withdrawn and one whose consent ran out, with 403 consent_required", async () => {
    // Every route is tried before anything is asserted, so a failure lists every route that let them through.
    const notRefused: string[] = [];
    for (const [who, agent] of [
      ["never covered", frida],
      ["consent withdrawn", sara],
      ["consent ran out", omar],
    ] as const) {
      for (const route of caseScopedRoutes()) {
        const answer = await agent.request(route.method, fill(route.path), bodyFor(route.method, route.path));
        if (answer.status !== 403 || answer.body?.error?.code !== "consent_required") {
          // A 400 means the walk needs a body for this route in bodyFor.
          notRefused.push(`${who}: ${route.method} ${route.path} → ${answer.status} ${answer.body?.error?.code ?? ""}`);
        }
      }
    }
    expect(notRefused).toEqual([]);
  });

  it("does not list the case to a member the consent does not cover", async () => {
    const listed = (await frida.request("GET", pathOf(apiRoutes.cases))).body.cases.map((c: { id: string }) => c.id);
    expect(listed).not.toContain(ids.caseId);
    expect((await peter.request("GET", pathOf(apiRoutes.cases))).body.cases.map((c: { id: string }) => c.id)).toEqual([
      ids.caseId,
    ]);
  });

  it("lets a covered member read what their role may, and the coordinator read everything but the citizen's own draft", async () => {
    for (const route of caseScopedRoutes().filter(reads)) {
      const path = fill(route.path);
      const byCoordinator = await coordinator.request(route.method, path);
      // What the citizen prepares is hers alone until she shares it (CitizenPreparation), and so
      // is answering how the meeting was for her (MeetingRatings): the coordinator reads the case's.
      const hersAlone = route.path === apiRoutes.preparation.path || route.path === apiRoutes.meetingRating.path;
      expect(byCoordinator.status, `coordinator: ${route.method} ${route.path}`).toBe(hersAlone ? 403 : 200);
      const byPeter = await peter.request(route.method, path);
      const what = `covered: ${route.method} ${route.path} answered ${byPeter.status}`;
      expect([200, 403], what).toContain(byPeter.status);
      if (byPeter.status === 403) expect(byPeter.body.error.code, what).toBe("forbidden");
    }
    for (const path of ["/progress", "/steps", "/members", "/consents", ""]) {
      expect((await peter.request("GET", `/api/cases/${ids.caseId}${path}`)).status, path).toBe(200);
    }
    expect((await peter.request("GET", pathOf(apiRoutes.meeting, { meetingId: String(ids.meetingId) }))).status).toBe(
      200,
    );
  });
});
