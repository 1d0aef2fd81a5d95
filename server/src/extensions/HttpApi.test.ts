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

describe("HttpApi", () => {
  it("answers plain HTTP on the websocket's port with the API, and Hocuspocus adds nothing after it", async () => {
    const answer = await fetch(`${server.url}/api/auth`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("application/json");
    const body = await answer.text();
    expect(JSON.parse(body)).toHaveProperty("setupRequired");
    expect(body).not.toContain("Welcome to Hocuspocus");
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(404);
  });
});
