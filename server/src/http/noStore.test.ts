import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { MAX_BODY_BYTES } from "./bodyLimits.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

describe("API answers are never kept by an HTTP cache", () => {
  it.each([
    ["GET", pathOf(apiRoutes.authStatus), undefined, {}, 200],
    ["GET", pathOf(apiRoutes.session), undefined, {}, 401],
    ["GET", pathOf(apiRoutes.cases), undefined, {}, 401],
    ["GET", "/api/nothing-here", undefined, {}, 404],
    ["POST", pathOf(apiRoutes.signIn), { username: "" }, {}, 400],
    ["POST", pathOf(apiRoutes.createCase), { citizenName: "X" }, { origin: "https://evil.example" }, 403],
  ])("%s %s, signed out", async (method, path, body, headers, status) => {
    const answer = await server.agent().request(method, path, body, headers);
    expect(answer.status).toBe(status);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("for a signed-in coordinator, successes and refusals alike", async () => {
    const coordinator = await server.coordinator();
    const answers = [
      await coordinator.request("GET", pathOf(apiRoutes.session)),
      await coordinator.request("GET", pathOf(apiRoutes.cases)),
      await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Test Borger" }),
      await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: "5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f" })),
      await coordinator.request("POST", pathOf(apiRoutes.createCase), "x".repeat(MAX_BODY_BYTES + 1)),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 201, 404, 413]);
    for (const answer of answers) expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves the client's own files to their own caching", async () => {
    const shell = await fetch(`${server.url}/cases`);
    expect(shell.headers.get("cache-control")).not.toBe("no-store");
  });
});
