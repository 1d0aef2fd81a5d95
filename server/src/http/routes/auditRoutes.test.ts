import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;
let caseId: string;

beforeEach(async () => {
  server = await startTestServer();
  const created = await server.createMeeting();
  coordinator = created.coordinator;
  caseId = created.case.id;
  // A trail longer than a page: each change of the case's filing is one event.
  for (let i = 0; i < 12; i++) {
    const changed = await coordinator.request("PATCH", pathOf(apiRoutes.updateCase, { caseId }), {
      caseReference: `27.12.04-G01-${i}`,
    });
    expect(changed.status).toBe(200);
  }
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

describe("the case's audit trail", () => {
  it("is paged through, newest first, to its very first event, with nothing twice and nothing left out", async () => {
    const whole = (await server.audit.all()).filter((event) => event.caseId === caseId).map((event) => event.id);
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const query: string = before === null ? "?limit=5" : `?limit=5&before=${before}`;
      const page = await coordinator.request("GET", `${pathOf(apiRoutes.auditTrail, { caseId })}${query}`);
      expect(page.status).toBe(200);
      expect(page.body.events.length).toBeLessThanOrEqual(5);
      seen.push(...page.body.events.map((event: { id: number }) => event.id));
      before = page.body.nextBefore;
    } while (before !== null);
    expect(seen).toEqual([...whole].reverse());
    expect(seen.length).toBeGreaterThan(12);
  });

  it("refuses a page it cannot give, saying which part of the question is wrong", async () => {
    for (const query of ["?limit=0", "?limit=501", "?before=abc", "?before=-3"]) {
      const answer = await coordinator.request("GET", `${pathOf(apiRoutes.auditTrail, { caseId })}${query}`);
      expect(answer.status, query).toBe(400);
    }
  });
});
