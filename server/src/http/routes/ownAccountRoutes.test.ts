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

describe("one's own account", () => {
  it("is told to any staff member, with whether it has a password to change", async () => {
    const coordinator = await server.coordinator();
    const own = await coordinator.request("GET", pathOf(apiRoutes.ownAccount));
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ username: "karin", role: "koordinator", passwordSignIn: true, active: true });

    const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      username: "peter",
      displayName: "Peter Lund",
      password: TEST_PASSWORD,
      role: "fagperson",
    });
    expect(created.status).toBe(201);
    const peter = server.agent();
    await peter.request("POST", pathOf(apiRoutes.signIn), { username: "peter", password: TEST_PASSWORD });
    const his = await peter.request("GET", pathOf(apiRoutes.ownAccount));
    expect(his.status).toBe(200);
    expect(his.body).toMatchObject({ username: "peter", displayName: "Peter Lund", role: "fagperson" });
    expect(his.body.passwordSignIn).toBe(true);
  });

  it("is refused to a guest and to nobody", async () => {
    const { meeting } = await server.createMeeting();
    const guest = await server.invite(meeting, { name: "Sara", role: "borger" });
    expect((await guest.agent.request("GET", pathOf(apiRoutes.ownAccount))).status).toBe(403);
    expect((await server.request("GET", pathOf(apiRoutes.ownAccount))).status).toBe(401);
  });

  it("says so when the account has no password and signs in through the organisation's login", async () => {
    // The provider is never asked: discovery waits for the first OIDC sign-in, and there is none here.
    const oidcOnly = await startTestServer(undefined, {
      SAMPLAN_PUBLIC_URL: "http://samplan.test",
      SAMPLAN_OIDC_ISSUER: "http://idp.samplan.test",
      SAMPLAN_OIDC_CLIENT_ID: "samplan",
      SAMPLAN_OIDC_CLIENT_SECRET: "a-test-client-secret-of-some-length",
      SAMPLAN_PASSWORD_SIGN_IN: "false",
    });
    try {
      const browser = oidcOnly.agent();
      const setUp = await browser.request("POST", pathOf(apiRoutes.setup), {
        setupCode: oidcOnly.setupCode,
        username: "karin",
        displayName: "Karin Holm",
      });
      expect(setUp.status).toBe(201);
      const own = await browser.request("GET", pathOf(apiRoutes.ownAccount));
      expect(own.body).toMatchObject({ username: "karin", passwordSignIn: false, oidcLinked: false });
    } finally {
      await oidcOnly.close();
      removeDataDir(oidcOnly.dataDir);
    }
  });
});
