import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

describe("security headers", () => {
  it.each([pathOf(apiRoutes.cases), "/api/nothing", "/", "/meetings/5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f"])(
    "are on the answer to %s",
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      // Browsers heed it only over https: once there, never back to plain http for half a year.
      expect(response.headers.get("strict-transport-security")).toBe("max-age=15552000; includeSubDomains");
    },
  );
});
