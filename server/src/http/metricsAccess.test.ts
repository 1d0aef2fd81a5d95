import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../config.ts";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

const TOKEN = "a-metrics-token-of-at-least-32-characters";

function scrape(headers: Record<string, string> = {}) {
  return fetch(`${server!.url}/metrics`, { headers });
}

describe("/metrics", () => {
  it("answers a scraper on loopback without a token", async () => {
    server = await startTestServer();
    const answer = await scrape();
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("samplan_open_connections");
  });

  it("behind a trusted proxy, answers by the client's address, not the proxy's", async () => {
    // The tests' requests come from 127.0.0.1: a proxy on this machine, passing outside requests on.
    server = await startTestServer(undefined, { SAMPLAN_TRUST_PROXY: "127.0.0.1", SAMPLAN_METRICS_TOKEN: TOKEN });
    const outside = await scrape({ "x-forwarded-for": "203.0.113.7" });
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain("samplan_");
    // Writing a loopback address in front does not make the client local.
    expect((await scrape({ "x-forwarded-for": "127.0.0.1, 203.0.113.7" })).status).toBe(404);
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${TOKEN}x` })).status).toBe(404);
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: "Bearer short" })).status).toBe(404);
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: TOKEN })).status).toBe(404);
    // The proxy itself (nothing forwarded) is on loopback.
    expect((await scrape()).status).toBe(200);
  });

  it("without a token configured, answers nobody off loopback, whatever they present", async () => {
    server = await startTestServer(undefined, { SAMPLAN_TRUST_PROXY: "1" });
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: "Bearer " })).status).toBe(404);
    expect((await scrape({ "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${TOKEN}` })).status).toBe(404);
    // The health probes stay open to the load balancer.
    expect((await fetch(`${server.url}/healthz`, { headers: { "x-forwarded-for": "203.0.113.7" } })).status).toBe(200);
  });

  it("refuses a short SAMPLAN_METRICS_TOKEN at start-up", () => {
    expect(() => readConfig({ SAMPLAN_METRICS_TOKEN: "secret" })).toThrow(ConfigError);
    expect(() => readConfig({ SAMPLAN_METRICS_TOKEN: "secret" })).toThrow(/SAMPLAN_METRICS_TOKEN: must be at least 32/);
  });
});
