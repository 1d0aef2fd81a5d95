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

describe("the citizen choosing the language of her e-mails", () => {
  it("stores the language of her view on her place on the roster, where the coordinator sees it", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const citizen = await server.invite(meeting, { name: "Amal Haddad", role: "borger" });

    const chosen = await citizen.agent.request("POST", pathOf(apiRoutes.ownLanguage), { language: "ar" });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toEqual({ language: "ar" });

    const roster = await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }));
    const her = roster.body.members.find((m: { id: string }) => m.id === citizen.member.id);
    expect(her.language).toBe("ar");

    // In the case's trail as her own change to her place on the roster.
    const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body
      .events;
    expect(trail).toContainEqual(
      expect.objectContaining({
        actor: "Amal Haddad",
        action: "member-updated",
        details: { memberId: citizen.member.id, changed: ["language"] },
      }),
    );
  });

  it("refuses a language Samplan has no words for, and anything else in the body, with a clear 400", async () => {
    const { meeting } = await server.createMeeting();
    const citizen = await server.invite(meeting, { name: "Amal Haddad", role: "borger" });
    const unknown = await citizen.agent.request("POST", pathOf(apiRoutes.ownLanguage), { language: "ti" });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain("language");
    const extra = await citizen.agent.request("POST", pathOf(apiRoutes.ownLanguage), { language: "pl", memberId: "x" });
    expect(extra.status).toBe(400);
  });

  it("is for guests only: staff have theirs set on the roster, and a stranger is asked to sign in", async () => {
    const { coordinator } = await server.createMeeting();
    expect((await coordinator.request("POST", pathOf(apiRoutes.ownLanguage), { language: "en" })).status).toBe(403);
    expect((await server.request("POST", pathOf(apiRoutes.ownLanguage), { language: "en" })).status).toBe(401);
  });
});
