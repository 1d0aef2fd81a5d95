import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const casesStored = async () =>
  (await (await server.coordinator()).request("GET", pathOf(apiRoutes.cases))).body.cases.length;
const api = async (method: string, path: string, body?: unknown) =>
  (await server.coordinator()).request(method, path, body);

describe("cases and meetings over HTTP", () => {
  it("creates a case and a meeting in it, and lists them", async () => {
    const created = await api("POST", pathOf(apiRoutes.createCase), { citizenName: "  Mette Hansen " });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ citizenName: "Mette Hansen" });

    const meeting = await api("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
      title: "Første netværksmøde",
      startsAt: "2026-12-01T10:00:00+01:00",
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body).toMatchObject({
      caseId: created.body.id,
      title: "Første netværksmøde",
      startsAt: "2026-12-01T09:00:00.000Z",
      documentName: `meeting:${meeting.body.id}`,
    });

    const later = await api("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
      title: "Opfølgning",
      startsAt: "2027-01-12T10:00:00+01:00",
    });
    const fetched = await api("GET", pathOf(apiRoutes.case, { caseId: created.body.id }));
    expect(fetched.status).toBe(200);
    expect(fetched.body.meetings.map((m: { id: string }) => m.id)).toEqual([later.body.id, meeting.body.id]);

    const single = await api("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.body.id }));
    expect(single.body).toMatchObject({ id: meeting.body.id, citizenName: "Mette Hansen" });
    expect((await api("GET", pathOf(apiRoutes.cases))).body.cases).toHaveLength(1);
  });

  it.each([
    ["an empty name", { citizenName: "" }, "citizenName"],
    ["only spaces", { citizenName: "   " }, "citizenName"],
    ["a number", { citizenName: 42 }, "citizenName"],
    ["a missing name", {}, "citizenName"],
    ["a name of 121 characters", { citizenName: "x".repeat(121) }, "citizenName"],
    ["an unknown field", { citizenName: "A", isAdmin: true }, "isAdmin"],
    ["an array", [], "body"],
  ])("refuses a case with %s, naming the field, and writes nothing", async (_what, body, field) => {
    const response = await api("POST", pathOf(apiRoutes.createCase), body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("bad_request");
    expect(response.body.error.message).toContain(field);
    expect(await casesStored()).toBe(0);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await api("POST", pathOf(apiRoutes.createCase), "{not json");
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("bad_request");
    expect(await casesStored()).toBe(0);
  });

  it.each([
    ["no title", { startsAt: "2026-12-01T10:00:00+01:00" }, "title"],
    ["a date without time", { title: "Møde", startsAt: "2026-12-01" }, "startsAt"],
    ["a time without offset", { title: "Møde", startsAt: "2026-12-01T10:00:00" }, "startsAt"],
    ["nonsense as time", { title: "Møde", startsAt: "tomorrow" }, "startsAt"],
  ])("refuses a meeting with %s and writes nothing", async (_what, body, field) => {
    const created = await api("POST", pathOf(apiRoutes.createCase), { citizenName: "A" });
    const response = await api("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
    expect((await api("GET", pathOf(apiRoutes.case, { caseId: created.body.id }))).body.meetings).toEqual([]);
  });

  it("answers 404 for a case or meeting that does not exist, and creates nothing", async () => {
    const unknown = "5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f";
    expect((await api("GET", pathOf(apiRoutes.case, { caseId: unknown }))).status).toBe(404);
    expect((await api("GET", pathOf(apiRoutes.meeting, { meetingId: unknown }))).status).toBe(404);
    const meeting = await api("POST", pathOf(apiRoutes.createMeeting, { caseId: unknown }), {
      title: "Møde",
      startsAt: "2026-12-01T10:00:00+01:00",
    });
    expect(meeting.status).toBe(404);
    expect(meeting.body.error.code).toBe("not_found");
    expect(await casesStored()).toBe(0);
  });

  it("answers 400 naming the parameter for a malformed id", async () => {
    const response = await api("GET", "/api/cases/not-an-id");
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("caseId");
  });

  it("answers 404 in JSON for an unknown API route", async () => {
    const response = await api("GET", "/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
  });

  it("describes itself in an OpenAPI document generated from the shared schemas", async () => {
    const response = await api("GET", pathOf(apiRoutes.openapi));
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        pathOf(apiRoutes.cases),
        "/api/cases/{caseId}",
        "/api/cases/{caseId}/meetings",
        "/api/meetings/{meetingId}",
      ]),
    );
    const createCase = response.body.paths[pathOf(apiRoutes.cases)].post.requestBody.content["application/json"].schema;
    expect(createCase.properties.citizenName).toMatchObject({ type: "string", maxLength: 120 });
  });
});
