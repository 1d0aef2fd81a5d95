import { afterEach, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    await server.close();
    removeDataDir(server.dataDir);
  }
});

/**
 * A connection attempt from `address`, as a proxy on loopback passes it on. The answer to a
 * refused one is the throttle's 429, read before any websocket exists.
 */
function tryConnect(server: TestServer, address: string): Promise<"open" | { status: number; retryAfter: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { headers: { "x-forwarded-for": address } });
    socket.on("open", () => {
      socket.close();
      resolve("open");
    });
    socket.on("unexpected-response", (_request, response) => {
      resolve({ status: response.statusCode ?? 0, retryAfter: String(response.headers["retry-after"]) });
      socket.terminate();
    });
    socket.on("error", (error) => {
      // A refused upgrade is reported as unexpected-response above; any other error is a failure.
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

// The run's one Redis is shared by every test file: an address of its own keeps this count apart.
const uniqueAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

describe("ConnectionThrottle with Redis (onUpgrade)", () => {
  it("counts one address's attempts over every instance, not per instance", async () => {
    const shared = {
      DATABASE_URL: await createDatabase(inject("postgresUrl")),
      REDIS_URL: inject("redisUrl"),
      SAMPLAN_TOKEN_SECRET: "a-shared-secret-that-is-long-enough-for-the-test",
      SAMPLAN_CONNECTIONS_PER_MINUTE: "5",
      // The test's connections come from 127.0.0.1, standing in for the load balancer.
      SAMPLAN_TRUST_PROXY: "loopback",
    };
    servers.push(await startTestServer(undefined, shared));
    servers.push(await startTestServer(undefined, shared));
    const [first, second] = servers as [TestServer, TestServer];
    const address = uniqueAddress();

    const outcomes = [];
    // Round-robin, as a load balancer without sticky sessions spreads them.
    for (let i = 0; i < 7; i++) outcomes.push(await tryConnect(i % 2 === 0 ? first : second, address));
    expect(outcomes.slice(0, 5)).toEqual(["open", "open", "open", "open", "open"]);
    for (const refused of outcomes.slice(5)) {
      expect(refused).toMatchObject({ status: 429 });
      expect(Number((refused as { retryAfter: string }).retryAfter)).toBeGreaterThan(0);
      expect(Number((refused as { retryAfter: string }).retryAfter)).toBeLessThanOrEqual(60);
    }

    // Another client behind the same load balancer has its own count, on either instance.
    const other = uniqueAddress();
    expect(await tryConnect(first, other)).toBe("open");
    expect(await tryConnect(second, other)).toBe("open");
  });
});
