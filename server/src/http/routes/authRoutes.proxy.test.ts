import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

/** A wrong sign-in as it reaches Samplan through a proxy on loopback, which appended `client`. */
const wrongSignIn = (client: string, spoofed: string) =>
  server!
    .agent()
    .request(
      "POST",
      pathOf(apiRoutes.signIn),
      { username: "karin", password: "wrong password" },
      { "x-forwarded-for": `${spoofed}, ${client}` },
    );

describe("the sign-in failure limit per address, behind a proxy", () => {
  it("counts the address the trusted proxy saw, however the client varies the leftmost entry", async () => {
    // The tests' requests come from 127.0.0.1: the proxy, to this server.
    server = await startTestServer(undefined, {
      SAMPLAN_TRUST_PROXY: "127.0.0.1",
      SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS: "3",
    });
    await server.coordinator();
    // Karin's own account would slow only after 5: the 429 here is the address's count.
    for (let i = 0; i < 3; i++) expect((await wrongSignIn("203.0.113.7", `10.0.0.${i}`)).status).toBe(401);
    const refused = await wrongSignIn("203.0.113.7", "198.51.100.99");
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("too_many_requests");
    // Another client behind the same proxy is its own count.
    expect((await wrongSignIn("203.0.113.8", "203.0.113.7")).status).toBe(401);
  });

  it("ignores X-Forwarded-For when no proxy is trusted: every request is the socket's peer", async () => {
    server = await startTestServer(undefined, { SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS: "3" });
    await server.coordinator();
    for (let i = 0; i < 3; i++) expect((await wrongSignIn(`203.0.113.${i}`, "1.1.1.1")).status).toBe(401);
    expect((await wrongSignIn("203.0.113.50", "1.1.1.1")).status).toBe(429);
  });
});
