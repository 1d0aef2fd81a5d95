import { apiRoutes, pathOf } from "@samplan/shared/api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { testSetting, wholeNumber } from "../testing/testSetting.ts";

/**
 * Bad input on HTTP: random JSON and strings to every documented route, signed in and not. Only
 * 2xx and 4xx answers, never 5xx; and a 4xx writes nothing. Seeded and bounded.
 */
const seed = testSetting("FUZZ_SEED", wholeNumber(), Date.now() % 1_000_000);

let server: TestServer;
let coordinator: Agent;
let ids: Record<string, string>;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  console.log(`HTTP fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
  server = await startTestServer(undefined, { SAMPLAN_CONNECTIONS_PER_MINUTE: "100000" });
  const { meeting, coordinator: signedIn } = await server.createMeeting();
  coordinator = signedIn;
  const guest = await server.invite(meeting, { name: "Peter", role: "fagperson" });
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Samarbejde",
    organisations: ["Psykiatrien"],
    givenAt: "2026-11-01",
  });
  ids = {
    caseId: meeting.caseId,
    meetingId: meeting.id,
    memberId: guest.member.id,
    invitationId: guest.invitationId,
    consentId: consent.body.id,
  };
  const openapi = (await server.request("GET", pathOf(apiRoutes.openapi))).body;
  routes = Object.entries(openapi.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
});

afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** Everything a request could write, except the audit trail and sessions, which record attempts. */
async function fingerprint(): Promise<string> {
  const parts = await Promise.all([
    coordinator.request("GET", pathOf(apiRoutes.cases)),
    coordinator.request("GET", pathOf(apiRoutes.case, { caseId: String(ids.caseId) })),
    coordinator.request("GET", pathOf(apiRoutes.members, { caseId: String(ids.caseId) })),
    coordinator.request("GET", pathOf(apiRoutes.consents, { caseId: String(ids.caseId) })),
    coordinator.request("GET", pathOf(apiRoutes.invitations, { meetingId: String(ids.meetingId) })),
    coordinator.request("GET", pathOf(apiRoutes.vocabulary)),
    coordinator.request("GET", pathOf(apiRoutes.accounts)),
  ]);
  return JSON.stringify(parts.map((part) => part.body));
}

const json = fc.jsonValue({ maxDepth: 3 });
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constant("{"), fc.constant("null"), fc.constant(""));
const pathValue = fc.oneof(
  fc.constantFrom("real"),
  fc.uuid(),
  fc.string({ maxLength: 40 }).map((value) => encodeURIComponent(value)),
  fc.constantFrom("..", "%00", "null", "undefined", "0", "-1"),
);

describe("bad input on HTTP", () => {
  it("never answers 5xx, and writes nothing on a 4xx", async () => {
    expect(routes.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: routes.length - 1 }),
        fc.oneof(json, text),
        pathValue,
        fc.boolean(),
        async (routeIndex, body, param, signedIn) => {
          const route = routes[routeIndex]!;
          const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
            param === "real" ? (ids[name] ?? "x") : param,
          );
          // Never let the fuzzer sign the coordinator out or create a second setup.
          if (route.method === "DELETE" && path === pathOf(apiRoutes.signOut)) return;
          const who = signedIn ? coordinator : server.agent();
          const writes = route.method !== "GET";
          const before = writes ? await fingerprint() : "";
          const payload = typeof body === "string" ? body : JSON.stringify(body);
          const answer = await who.request(route.method, path, route.method === "GET" ? undefined : payload);
          expect(answer.status, `${route.method} ${path} ${payload.slice(0, 80)}`).toBeLessThan(500);
          if (writes && answer.status >= 400) expect(await fingerprint()).toBe(before);
        },
      ),
      { seed, numRuns: 400 },
    );
  });
});
