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

const NEW_PASSWORD = "en ny og endnu længere sætning";
const signIn = (password: string) => server.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password });

describe("changing one's own password", () => {
  it("counts a wrong current password as a failed sign-in: a session left open cannot be used to guess it", async () => {
    const here = await server.coordinator();
    const change = (currentPassword: string) =>
      here.request("POST", pathOf(apiRoutes.changeOwnPassword), { currentPassword, newPassword: NEW_PASSWORD });
    // Five wrong, then one try per 30 seconds: the sixth is that try, the seventh waits.
    for (let i = 0; i < 6; i++) expect((await change(`wrong guess number ${i}`)).status).toBe(400);
    const slowed = await change(TEST_PASSWORD);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeGreaterThan(0);
    // The account's sign-in is slowed alike: one count for both ways of guessing.
    expect((await signIn(TEST_PASSWORD)).status).toBe(429);
  });

  it("needs the current password, follows the rules, and signs out every other session", async () => {
    const here = await server.coordinator();
    const elsewhere = server.agent();
    await elsewhere.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });

    const wrong = await here.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: "not the password at all",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe("currentPassword");
    const common = await here.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: TEST_PASSWORD,
      newPassword: "Password12345678!",
    });
    expect(common.status).toBe(400);
    expect(common.body.error).toMatchObject({ code: "password_too_common", field: "newPassword" });
    const short = await here.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: TEST_PASSWORD,
      newPassword: "kort",
    });
    expect(short.body.error.issues[0].path).toBe("newPassword");
    expect((await signIn(TEST_PASSWORD)).status).toBe(200);

    const changed = await here.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await here.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
    expect((await elsewhere.request("GET", pathOf(apiRoutes.session))).status).toBe(401);
    expect((await signIn(TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(NEW_PASSWORD)).status).toBe(200);
    const actions = (await server.audit.all()).map((e) => e.action);
    expect(actions).toContain("password-change-refused");
    expect(actions).toContain("password-changed");
  });

  it("is for staff only", async () => {
    const { meeting } = await server.createMeeting();
    const guest = await server.invite(meeting, { name: "Sara", role: "borger" });
    const answer = await guest.agent.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: "anything",
      newPassword: NEW_PASSWORD,
    });
    expect(answer.status).toBe(403);
  });
});
