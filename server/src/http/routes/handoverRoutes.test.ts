import { apiRoutes, pathOf } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../../testing/meetingServer.ts";
import { type Agent, TEST_PASSWORD } from "../../testing/testServer.ts";

useMeetingServer();

async function account(username: string, displayName: string, role: "koordinator" | "fagperson") {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
    username,
    displayName,
    password: TEST_PASSWORD,
    role,
  });
  expect(created.status).toBe(201);
  const agent = server.agent();
  expect((await agent.request("POST", pathOf(apiRoutes.signIn), { username, password: TEST_PASSWORD })).status).toBe(
    200,
  );
  return { agent, accountId: created.body.id as string };
}

const handOver = (by: Agent, body: unknown) =>
  by.request("POST", pathOf(apiRoutes.handOverCase, { caseId: meeting.caseId }), body);
const NOTE = "Det vigtigste at vide om Søren";

describe("handing a case over", () => {
  it("is the case's coordinator's: a professional in the network, a guest and a coordinator outside the case are refused", async () => {
    const line = await account("line", "Line Berg", "koordinator");
    const peter = await account("peter", "Peter Lund", "fagperson");
    await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Peter Lund",
      role: "fagperson",
      accountUsername: "peter",
    });
    const citizen = await server.invite(meeting, { name: "Søren", role: "borger" });
    const body = { toAccountId: line.accountId, note: NOTE };
    // Peter is on the roster but the citizen's consent does not cover him: told why, as on every route.
    expect((await handOver(peter.agent, body)).body.error.code).toBe("consent_required");
    expect((await handOver(citizen.agent, body)).status).toBe(403);
    // Line is a coordinator, but not this case's: to her it does not exist.
    expect((await handOver(line.agent, body)).status).toBe(404);
    expect(
      (await server.request("POST", pathOf(apiRoutes.handOverCase, { caseId: meeting.caseId }), body)).status,
    ).toBe(401);
    expect((await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }))).status).toBe(200);
    expect((await server.audit.all()).some((event) => event.action === "case-handed-over")).toBe(false);
  });

  it("goes only to another active coordinator", async () => {
    const peter = await account("peter", "Peter Lund", "fagperson");
    const gone = await account("ole", "Ole Ek", "koordinator");
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: gone.accountId }))).status,
    ).toBe(200);
    const self = (await coordinator.request("GET", pathOf(apiRoutes.ownAccount))).body.id;
    for (const toAccountId of [peter.accountId, gone.accountId, self, crypto.randomUUID()]) {
      const answer = await handOver(coordinator, { toAccountId, note: NOTE });
      expect(answer.status, toAccountId).toBe(400);
      expect(answer.body.error.message).toContain("toAccountId");
    }
    expect((await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }))).status).toBe(200);
  });

  it("needs a note of 1 to 2000 characters and nothing else in the body", async () => {
    const line = await account("line", "Line Berg", "koordinator");
    for (const [body, field] of [
      [{ toAccountId: line.accountId, note: "   " }, "note"],
      [{ toAccountId: line.accountId, note: "x".repeat(2001) }, "note"],
      [{ toAccountId: line.accountId }, "note"],
      [{ toAccountId: "line", note: NOTE }, "toAccountId"],
      [{ toAccountId: line.accountId, note: NOTE, fromAccountId: line.accountId }, "fromAccountId"],
    ] as const) {
      const answer = await handOver(coordinator, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.error.message).toContain(field);
    }
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: "x".repeat(2000) })).status).toBe(201);
  });

  it("lists the active coordinators to choose from, to staff only", async () => {
    await account("line", "Line Berg", "koordinator");
    const peter = await account("peter", "Peter Lund", "fagperson");
    const gone = await account("ole", "Ole Ek", "koordinator");
    await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: gone.accountId }));
    const listed = await peter.agent.request("GET", pathOf(apiRoutes.coordinators));
    expect(listed.status).toBe(200);
    expect(listed.body.coordinators.map((c: { name: string }) => c.name)).toEqual(["Karin Holm", "Line Berg"]);
    const citizen = await server.invite(meeting, { name: "Søren", role: "borger" });
    expect((await citizen.agent.request("GET", pathOf(apiRoutes.coordinators))).status).toBe(403);
    expect((await server.request("GET", pathOf(apiRoutes.coordinators))).status).toBe(401);
  });

  it("shows the note to the new coordinator only, and only she puts it away", async () => {
    const line = await account("line", "Line Berg", "koordinator");
    const peter = await account("peter", "Peter Lund", "fagperson");
    await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Jobcenter",
      accountUsername: "peter",
    });
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Samarbejde",
      organisations: ["Jobcenter"],
      givenAt: new Date().toISOString().slice(0, 10),
    });
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: NOTE })).status).toBe(201);
    const news = pathOf(apiRoutes.handoverNews, { caseId: meeting.caseId });
    expect((await peter.agent.request("GET", news)).body.note).toBeNull();
    expect(
      (await peter.agent.request("POST", pathOf(apiRoutes.dismissHandoverNote, { caseId: meeting.caseId }))).status,
    ).toBe(403);
    expect((await line.agent.request("GET", news)).body.note.note).toBe(NOTE);
  });

  it("hands over a closed case too, and its note can be put away: who holds a case is not what it says", async () => {
    const line = await account("line", "Line Berg", "koordinator");
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {})).status,
    ).toBe(200);
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeCase, { caseId: meeting.caseId }), { reason: "job" }))
        .status,
    ).toBe(200);
    expect((await handOver(coordinator, { toAccountId: line.accountId, note: NOTE })).status).toBe(201);
    const dismiss = pathOf(apiRoutes.dismissHandoverNote, { caseId: meeting.caseId });
    expect((await line.agent.request("POST", dismiss)).status).toBe(204);
    // Still closed for everything else.
    expect(
      (
        await line.agent.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
          title: "Nyt møde",
          startsAt: new Date().toISOString(),
        })
      ).body.error.code,
    ).toBe("case_closed");
  });
});
