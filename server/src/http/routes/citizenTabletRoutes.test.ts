import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, goalText, listGoals } from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  acknowledged,
  joinMeeting,
  removeDataDir,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** A second browser of the coordinator's: the tablet about to be handed across the table. */
async function coordinatorTablet() {
  const tablet = server.agent();
  const signedIn = await tablet.request("POST", pathOf(apiRoutes.signIn), {
    username: "karin",
    password: TEST_PASSWORD,
  });
  expect(signedIn.status).toBe(200);
  return tablet;
}

describe("handing the coordinator's tablet to the citizen", () => {
  it("makes the device the citizen's in this one meeting, and ends the coordinator's session on it", async () => {
    const { meeting, case: created } = await server.createMeeting();
    const other = await (await server.coordinator()).request("POST", pathOf(apiRoutes.createCase), {
      citizenName: "Anden Borger",
    });
    const tablet = await coordinatorTablet();
    const coordinatorCookie = tablet.cookie;

    const handed = await tablet.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }));
    expect(handed.status).toBe(200);
    expect(handed.body.principal).toMatchObject({ kind: "guest", role: "borger", name: "Test Borger" });
    expect(tablet.cookie).not.toBe(coordinatorCookie);

    // The citizen holds the tablet: this meeting, nothing else of the coordinator's.
    expect((await tablet.request("GET", pathOf(apiRoutes.session))).body.principal.role).toBe("borger");
    expect((await tablet.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(200);
    expect((await tablet.request("GET", pathOf(apiRoutes.case, { caseId: other.body.id }))).status).toBe(404);
    expect((await tablet.request("POST", pathOf(apiRoutes.createCase), { citizenName: "X" })).status).toBe(403);
    // The coordinator's session on the tablet is gone, not merely forgotten by the browser.
    const stale = server.agent();
    stale.cookie = coordinatorCookie;
    expect((await stale.request("GET", pathOf(apiRoutes.session))).status).toBe(401);

    // What the citizen writes on the tablet is written as the citizen, and the chair is not theirs.
    const token = await tablet.connectionToken(meeting.id);
    const citizen = await joinMeeting(server.wsUrl, meeting.documentName, token);
    const goal = addGoal(citizen.doc, { createdBy: "Test Borger", createdByRole: "borger" });
    expect(goalText(citizen.doc, goal)).not.toBeNull();
    await acknowledged(citizen);
    citizen.provider.destroy();

    const coordinator = await server.coordinator();
    const watcher = await joinMeeting(
      server.wsUrl,
      meeting.documentName,
      await coordinator.connectionToken(meeting.id),
    );
    expect(listGoals(watcher.doc).map((g) => g.createdByRole)).toEqual(["borger"]);
    watcher.provider.destroy();

    // The roster got the citizen (the case was begun without one), and the trail says what happened.
    const roster = (await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: created.id }))).body.members;
    expect(roster.map((m: { role: string }) => m.role)).toEqual(["koordinator", "borger"]);
    const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: created.id }))).body.events;
    expect(trail.map((e: { action: string }) => e.action)).toContain("tablet-handed-to-citizen");

    // Revoking the tablet's invitation takes the tablet out.
    const invitations = (await coordinator.request("GET", pathOf(apiRoutes.invitations, { meetingId: meeting.id })))
      .body.invitations;
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ kind: "code", inUse: true });
    await coordinator.request("DELETE", pathOf(apiRoutes.revokeInvitation, { invitationId: invitations[0].id }));
    expect((await tablet.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
  });

  it("uses the citizen already on the roster rather than adding another", async () => {
    const { meeting, case: created } = await server.createMeeting();
    const coordinator = await server.coordinator();
    const ali = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: created.id }), {
      name: "Ali",
      role: "borger",
    });
    const tablet = await coordinatorTablet();
    const handed = await tablet.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }));
    expect(handed.body.principal).toMatchObject({ name: "Ali", memberId: ali.body.id });
    const roster = (await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: created.id }))).body.members;
    expect(roster.filter((m: { role: string }) => m.role === "borger")).toHaveLength(1);
  });

  it("is the coordinator's to do: a professional or a guest is refused, and a malformed id is a 400", async () => {
    const { meeting } = await server.createMeeting();
    const peter = await server.invite(meeting, { name: "Peter", role: "fagperson" });
    const refused = await peter.agent.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }));
    expect(refused.status).toBe(403);
    expect((await peter.agent.request("GET", pathOf(apiRoutes.session))).body.principal.role).toBe("fagperson");
    expect((await server.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }))).status).toBe(401);
    const tablet = await coordinatorTablet();
    expect((await tablet.request("POST", "/api/meetings/not-a-meeting/citizen-tablet")).status).toBe(400);
    expect((await tablet.request("GET", pathOf(apiRoutes.session))).body.principal.role).toBe("koordinator");
  });
});
