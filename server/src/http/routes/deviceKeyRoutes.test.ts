import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Agent,
  makeDataDir,
  removeDataDir,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from "../../testing/testServer.ts";

const SHARED_SECRET = "the secret every instance is started with, 32+ characters";
let server: TestServer | undefined;
let dataDir: string;
beforeEach(() => {
  dataDir = makeDataDir();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeDataDir(dataDir);
});

async function start(): Promise<TestServer> {
  server = await startTestServer(dataDir, { SAMPLAN_TOKEN_SECRET: SHARED_SECRET });
  return server;
}

async function keyOf(agent: Agent): Promise<string> {
  const answer = await agent.request("GET", pathOf(apiRoutes.deviceKey));
  expect(answer.status).toBe(200);
  return answer.body.key;
}

describe("the key for the plan kept on the device", () => {
  it("is 32 bytes, the same for every call in a session, never kept by a cache, and another in another session of the same person", async () => {
    const running = await start();
    const here = await running.coordinator();
    const answer = await here.request("GET", pathOf(apiRoutes.deviceKey));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(answer.body.key, "base64url")).toHaveLength(32);
    expect(await keyOf(here)).toBe(answer.body.key);

    const elsewhere = running.agent();
    expect(
      (await elsewhere.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
    expect(await keyOf(elsewhere)).not.toBe(answer.body.key);
  });

  it("is given to a guest too, another than the coordinator's", async () => {
    const running = await start();
    const { meeting, coordinator } = await running.createMeeting();
    const citizen = await running.invite(meeting, { name: "Sara", role: "borger" });
    expect(await keyOf(citizen.agent)).not.toBe(await keyOf(coordinator));
  });

  it("is the same from another instance sharing the token secret", async () => {
    const here = await (await start()).coordinator();
    const before = await keyOf(here);
    await server?.close();
    // Another process on the same database and secret: the session's cookie still holds there.
    const other = await start();
    const there = other.agent();
    there.cookie = here.cookie;
    expect(await keyOf(there)).toBe(before);
  });

  it("is refused without a session, and after signing out", async () => {
    const running = await start();
    expect((await running.request("GET", pathOf(apiRoutes.deviceKey))).status).toBe(401);
    const here = await running.coordinator();
    await keyOf(here);
    const cookie = here.cookie;
    expect((await here.request("DELETE", pathOf(apiRoutes.signOut))).status).toBeLessThan(300);
    expect((await here.request("GET", pathOf(apiRoutes.deviceKey))).status).toBe(401);
    // Nor does the old cookie, kept by someone, bring the key back.
    const kept = running.agent();
    kept.cookie = cookie;
    const refused = await kept.request("GET", pathOf(apiRoutes.deviceKey));
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthenticated");
  });
});
