import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Agent, joinMeeting, removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const PETER_PASSWORD = "peters egen lange sætning";

/** Peter, a professional with his own account, signed in on a browser of his own. */
async function peter(): Promise<{ id: string; browser: Agent; coordinator: Agent }> {
  const coordinator = await server.coordinator();
  const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
    username: "peter",
    displayName: "Peter Lund",
    role: "fagperson",
    password: PETER_PASSWORD,
  });
  const browser = server.agent();
  expect(
    (await browser.request("POST", pathOf(apiRoutes.signIn), { username: "peter", password: PETER_PASSWORD })).status,
  ).toBe(200);
  return { id: created.body.id, browser, coordinator };
}

const signIn = (password = PETER_PASSWORD) =>
  server.request("POST", pathOf(apiRoutes.signIn), { username: "peter", password });
const trail = async () => await server.audit.all();

describe("deactivating a staff account", () => {
  it("ends its sessions and live connections at once, refuses every sign-in, and keeps its name in the trail", async () => {
    const { id, browser, coordinator } = await peter();
    const { meeting } = await server.createMeeting();
    await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      // As a co-coordinator, whom the citizen's consent need not name.
      name: "Peter Lund",
      role: "koordinator",
      organisation: "Jobcenter",
      accountUsername: "peter",
    });
    const live = await joinMeeting(server.wsUrl, meeting.documentName, () => browser.connectionToken(meeting.id));

    const answer = await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: id }));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ sessionsEnded: 1, connectionsClosed: 1 });
    expect((await browser.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
    expect((await browser.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id }))).status).toBe(
      401,
    );
    const refused = await signIn();
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toContain("deactivated");
    expect((await signIn("not peter's password at all")).body.error.message).toBe("Wrong username or password");
    live.provider.destroy();

    const listed = (await coordinator.request("GET", pathOf(apiRoutes.accounts))).body.accounts;
    expect(listed.find((a: { id: string }) => a.id === id)).toMatchObject({ displayName: "Peter Lund", active: false });
    expect((await trail()).find((e) => e.action === "account-deactivated")).toMatchObject({
      actor: "Karin Holm (karin)",
      details: { accountId: id, name: "Peter Lund", username: "peter", sessionsEnded: 1, connectionsClosed: 1 },
    });
    expect((await trail()).find((e) => e.action === "sign-in-refused")).toMatchObject({
      actor: "Peter Lund (peter)",
      details: { reason: "deactivated" },
    });

    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.reactivateAccount, { accountId: id }))).body.active,
    ).toBe(true);
    expect((await signIn()).status).toBe(200);
    expect((await trail()).map((e) => e.action)).toContain("account-reactivated");
  });

  it("is for coordinators, not one's own account, and names a bad id", async () => {
    const { browser, coordinator } = await peter();
    const me = (await coordinator.request("GET", pathOf(apiRoutes.session))).body.principal.accountId;
    expect((await browser.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: me }))).status).toBe(403);
    expect((await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: me }))).status).toBe(
      409,
    );
    const bad = await coordinator.request("POST", "/api/accounts/not-an-id/deactivate");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("accountId");
    const unknown = await coordinator.request(
      "POST",
      pathOf(apiRoutes.deactivateAccount, { accountId: crypto.randomUUID() }),
    );
    expect(unknown.status).toBe(404);
    expect((await browser.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
    expect(
      (await coordinator.request("GET", pathOf(apiRoutes.accounts))).body.accounts.every(
        (a: { active: boolean }) => a.active,
      ),
    ).toBe(true);
  });
});

describe("signing a colleague out everywhere", () => {
  it("ends every one of their sessions, and they can sign in again", async () => {
    const { id, browser, coordinator } = await peter();
    const second = server.agent();
    await second.request("POST", pathOf(apiRoutes.signIn), { username: "peter", password: PETER_PASSWORD });
    const answer = await coordinator.request("DELETE", pathOf(apiRoutes.endAccountSessions, { accountId: id }));
    expect(answer.body).toMatchObject({ sessionsEnded: 2 });
    expect((await browser.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
    expect((await second.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
    expect((await coordinator.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
    expect((await trail()).find((e) => e.action === "sessions-ended")).toMatchObject({
      details: { name: "Peter Lund", sessionsEnded: 2 },
    });
    expect((await signIn()).status).toBe(200);
  });
});

describe("resetting a colleague's password", () => {
  it("gives a link shown once, which sets a new password once, and ends the sessions", async () => {
    const { id, browser, coordinator } = await peter();
    const issued = await coordinator.request("POST", pathOf(apiRoutes.issuePasswordReset, { accountId: id }));
    expect(issued.status).toBe(201);
    expect(issued.body.resetPath).toMatch(/^\/reset-password#code=[\w-]{43}$/);
    const hours = (Date.parse(issued.body.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect((await browser.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
    const code = issued.body.resetPath.split("#code=")[1];

    const weak = await server.request("POST", pathOf(apiRoutes.completePasswordReset), {
      code,
      password: "peterlund12345678",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: "password_like_name", field: "password" });
    const missing = await server.request("POST", pathOf(apiRoutes.completePasswordReset), {
      password: "et helt nyt og langt kodeord",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe("code");

    const used = await server.request("POST", pathOf(apiRoutes.completePasswordReset), {
      code,
      password: "et helt nyt og langt kodeord",
    });
    expect(used.status).toBe(204);
    expect((await signIn()).status).toBe(401);
    expect((await signIn("et helt nyt og langt kodeord")).status).toBe(200);
    const again = await server.request("POST", pathOf(apiRoutes.completePasswordReset), {
      code,
      password: "endnu et nyt langt kodeord",
    });
    expect(again.status).toBe(404);
    expect((await signIn("endnu et nyt langt kodeord")).status).toBe(401);

    const actions = (await trail()).map((e) => e.action);
    expect(actions).toContain("password-reset-issued");
    expect(actions).toContain("password-reset-used");
    expect(JSON.stringify(await trail())).not.toContain(code);
  });

  it("does not work for a deactivated account, and a link made before deactivation stops working", async () => {
    const { id, coordinator } = await peter();
    const code = (
      await coordinator.request("POST", pathOf(apiRoutes.issuePasswordReset, { accountId: id }))
    ).body.resetPath.split("#code=")[1];
    await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: id }));
    expect((await coordinator.request("POST", pathOf(apiRoutes.issuePasswordReset, { accountId: id }))).status).toBe(
      409,
    );
    const answer = await server.request("POST", pathOf(apiRoutes.completePasswordReset), {
      code,
      password: "et helt nyt og langt kodeord",
    });
    expect(answer.status).toBe(404);
  });
});
