import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, TEST_PASSWORD, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const actions = async () => (await server.audit.all()).map((event) => event.action);

describe("first run", () => {
  it("says set-up is needed until the first coordinator exists", async () => {
    expect((await server.request("GET", pathOf(apiRoutes.authStatus))).body).toEqual({
      setupRequired: true,
      oidc: false,
      passwordSignIn: true,
      principal: null,
      idleSignOut: { minutes: 15, inMeetingMinutes: 120 },
    });
    const coordinator = await server.coordinator();
    expect((await server.request("GET", pathOf(apiRoutes.authStatus))).body).toEqual({
      setupRequired: false,
      oidc: false,
      passwordSignIn: true,
      principal: null,
      idleSignOut: { minutes: 15, inMeetingMinutes: 120 },
    });
    // The app's one question when it opens: a signed-in browser learns who it is from the same answer.
    const signedIn = await coordinator.request("GET", pathOf(apiRoutes.authStatus));
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.principal).toMatchObject({ kind: "staff", role: "koordinator" });
  });

  it("refuses set-up without the right code, and allows it only once", async () => {
    const body = { username: "mallory", displayName: "Mallory", password: TEST_PASSWORD };
    expect((await server.request("POST", pathOf(apiRoutes.setup), { ...body, setupCode: "WRONG-CODE" })).status).toBe(
      401,
    );
    await server.coordinator();
    const again = await server.request("POST", pathOf(apiRoutes.setup), {
      ...body,
      setupCode: server.setupCode ?? "ANY",
    });
    expect([401, 409]).toContain(again.status);
    expect(
      (await server.request("POST", pathOf(apiRoutes.signIn), { username: "mallory", password: TEST_PASSWORD })).status,
    ).toBe(401);
  });

  it("refuses a weak password, naming the field", async () => {
    const answer = await server.request("POST", pathOf(apiRoutes.setup), {
      setupCode: server.setupCode,
      username: "karin",
      displayName: "Karin",
      password: "short",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("password");
  });
});

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie and knows who you are", async () => {
    await server.coordinator();
    const browser = server.agent();
    const answer = await browser.request("POST", pathOf(apiRoutes.signIn), {
      username: "KARIN ",
      password: TEST_PASSWORD,
    });
    expect(answer.status).toBe(200);
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(answer.body.principal).toMatchObject({ kind: "staff", username: "karin", role: "koordinator" });
    expect((await browser.request("GET", pathOf(apiRoutes.session))).body.principal.name).toBe("Karin Holm");
    expect(await actions()).toContain("signed-in");
  });

  it("refuses a wrong password or an unknown user alike, and writes it to the audit trail", async () => {
    await server.coordinator();
    const wrong = await server.request("POST", pathOf(apiRoutes.signIn), {
      username: "karin",
      password: "not the password",
    });
    const unknown = await server.request("POST", pathOf(apiRoutes.signIn), {
      username: "nobody",
      password: "not the password",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect((await actions()).filter((a) => a === "sign-in-failed")).toHaveLength(2);
  });

  it("signs out", async () => {
    const coordinator = await server.coordinator();
    expect((await coordinator.request("DELETE", pathOf(apiRoutes.signOut))).status).toBe(204);
    expect((await coordinator.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
  });

  it("answers 401 to every API route when nobody is signed in", async () => {
    const { meeting } = await server.createMeeting();
    for (const [method, path] of [
      ["GET", pathOf(apiRoutes.cases)],
      ["POST", pathOf(apiRoutes.createCase)],
      ["GET", pathOf(apiRoutes.case, { caseId: meeting.caseId })],
      ["GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id })],
      ["POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id })],
      ["GET", pathOf(apiRoutes.members, { caseId: meeting.caseId })],
      ["GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId })],
      ["GET", pathOf(apiRoutes.vocabulary)],
    ] as const) {
      const answer = await server.request(method, path, method === "POST" ? { citizenName: "X" } : undefined);
      expect(answer.status, `${method} ${path}`).toBe(401);
    }
  });
});

describe("joining by invitation", () => {
  it("lets the citizen in with a join code typed on a tablet, once", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const citizen = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Sara",
      role: "borger",
    });
    const created = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
      memberId: citizen.body.id,
      kind: "code",
    });
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(created.body.joinPath).toBe(`/join#code=${created.body.code.replace("-", "")}`);

    const tablet = server.agent();
    const joined = await tablet.request("POST", pathOf(apiRoutes.join), { code: created.body.code.toLowerCase() });
    expect(joined.status).toBe(200);
    expect(joined.body.principal).toMatchObject({ kind: "guest", role: "borger", name: "Sara", meetingId: meeting.id });
    // A code is typed on a device the room shares: it signs itself out when left after the meeting.
    expect(joined.body.principal.sharedDevice).toBe(true);
    expect((await tablet.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id }))).status).toBe(
      200,
    );

    const secondDevice = await server.request("POST", pathOf(apiRoutes.join), { code: created.body.code });
    expect(secondDevice.status).toBe(401);
    expect(secondDevice.body.error.code).toBe("invitation_invalid");
  });

  it("burns a code after five wrong guesses at it", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const citizen = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Sara",
      role: "borger",
    });
    const { code } = (
      await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
        memberId: citizen.body.id,
        kind: "code",
      })
    ).body;
    const lookup = code.slice(0, 4);
    // Zeros are never in a code (the alphabet leaves out 0/O), so these are wrong for sure.
    for (let i = 0; i < 5; i++) {
      expect((await server.request("POST", pathOf(apiRoutes.join), { code: `${lookup}000${i}` })).status).toBe(401);
    }
    const right = await server.request("POST", pathOf(apiRoutes.join), { code });
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe("invitation_revoked");
  });

  it("tells an expired or revoked link apart from a wrong one", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const guest = await server.invite(meeting, { name: "Peter", role: "fagperson" });
    await coordinator.request("DELETE", pathOf(apiRoutes.revokeInvitation, { invitationId: guest.invitationId }));
    const revoked = await server.request("POST", pathOf(apiRoutes.join), { secret: guest.secret });
    expect(revoked.body.error.code).toBe("invitation_revoked");
    const wrong = await server.request("POST", pathOf(apiRoutes.join), { secret: "x".repeat(43) });
    expect(wrong.body.error.code).toBe("invitation_invalid");
    expect((await guest.agent.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
  });
});
