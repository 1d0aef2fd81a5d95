import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;

beforeEach(async () => {
  server = await startTestServer();
  coordinator = await server.coordinator();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const send = (contentType: string | null, body: string) =>
  fetch(`${server.url}/api/cases`, {
    method: "POST",
    headers: { cookie: coordinator.cookie ?? "", ...(contentType ? { "content-type": contentType } : {}) },
    body,
  });

describe("a body that is not JSON", () => {
  it("is refused with 415 and a word on what is expected, and nothing is stored", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", null]) {
      const answer = await send(contentType, '{"citizenName":"Ali"}');
      expect(answer.status, String(contentType)).toBe(415);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    }
    const cases = await coordinator.request("GET", pathOf(apiRoutes.cases));
    expect(cases.body.cases ?? cases.body).toHaveLength(0);
  });

  it("is told apart from JSON that does not parse (400) and from JSON that is accepted", async () => {
    expect((await send("application/json", "{not json")).status).toBe(400);
    expect((await send("application/json; charset=utf-8", '{"citizenName":"Ali"}')).status).toBe(201);
  });
});
