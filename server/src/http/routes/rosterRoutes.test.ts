import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, TEST_PASSWORD, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

describe("the roster, invitations and consent", () => {
  it("lets the coordinator keep the roster, and shows who the consent covers", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const roster = pathOf(apiRoutes.members, { caseId: meeting.caseId });
    const peter = await coordinator.request("POST", roster, {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Psykiatrien",
      profession: "Psykolog",
    });
    expect(peter.status).toBe(201);
    expect(peter.body.consentCovered).toBe(false);
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Behandling og job",
      organisations: ["psykiatrien"],
      givenAt: "2026-11-20",
    });
    const members = (await coordinator.request("GET", roster)).body.members;
    expect(
      members.map((m: { name: string; role: string; consentCovered: boolean }) => [m.name, m.role, m.consentCovered]),
    ).toEqual([
      ["Karin Holm", "koordinator", true],
      ["Peter Lund", "fagperson", true],
    ]);
  });

  it("keeps the life areas the coordinator says someone works with, until she lets them be read from their words again", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const roster = pathOf(apiRoutes.addMember, { caseId: meeting.caseId });
    const lis = await coordinator.request("POST", roster, {
      name: "Lis Berg",
      role: "fagperson",
      profession: "Mentor",
    });
    expect(lis.body.areas).toBeNull();
    const member = pathOf(apiRoutes.updateMember, { caseId: meeting.caseId, memberId: lis.body.id });
    const said = await coordinator.request("PATCH", member, { areas: ["housing", "money"] });
    expect(said.status).toBe(200);
    const listed = (await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).body;
    expect(listed.members.find((m: { id: string }) => m.id === lis.body.id).areas).toEqual(["housing", "money"]);
    expect((await coordinator.request("PATCH", member, { areas: null })).body.areas).toBeNull();
    // An area not on the list, or one twice, is refused with the reason.
    for (const areas of [["boats"], ["housing", "housing"], "housing"]) {
      const refused = await coordinator.request("PATCH", member, { areas });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/areas/);
    }
    const added = await coordinator.request("POST", roster, {
      name: "Bo Kjær",
      role: "fagperson",
      areas: ["substances"],
    });
    expect(added.body.areas).toEqual(["substances"]);
  });

  it("asks the coordinator to confirm inviting someone the consent does not cover, and audits the choice", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const jonas = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Jonas",
      role: "fagperson",
    });
    const unconfirmed = await coordinator.request(
      "POST",
      pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }),
      {
        memberId: jonas.body.id,
      },
    );
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.code).toBe("consent_required");
    expect(
      (await coordinator.request("GET", pathOf(apiRoutes.invitations, { meetingId: meeting.id }))).body.invitations,
    ).toEqual([]);

    const confirmed = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
      memberId: jonas.body.id,
      confirmWithoutConsent: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.invitation.withoutConsent).toBe(true);
    const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body
      .events;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["invitation-created", "invited-without-consent", "member-added", "case-created"]),
    );
  });

  it("does not let a professional change the roster, invite, record consent or read the audit trail", async () => {
    const { meeting } = await server.createMeeting();
    const peter = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const as = peter.agent;
    expect((await as.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).status).toBe(200);
    expect(
      (await as.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), { name: "X", role: "borger" }))
        .status,
    ).toBe(403);
    expect(
      (
        await as.request(
          "DELETE",
          pathOf(apiRoutes.removeMember, { caseId: meeting.caseId, memberId: peter.member.id }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await as.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
          memberId: peter.member.id,
        })
      ).status,
    ).toBe(403);
    expect(
      (await as.request("DELETE", pathOf(apiRoutes.revokeInvitation, { invitationId: peter.invitationId }))).status,
    ).toBe(403);
    expect(
      (
        await as.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
          purpose: "x",
          organisations: ["y"],
          givenAt: "2026-11-01",
        })
      ).status,
    ).toBe(403);
    expect((await as.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).status).toBe(403);
    expect(
      (
        await as.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
          title: "x",
          startsAt: "2026-12-01T10:00:00Z",
        })
      ).status,
    ).toBe(403);
    expect((await as.request("POST", pathOf(apiRoutes.createCase), { citizenName: "X" })).status).toBe(403);
  });

  it("answers 404, never 403, for another case's data", async () => {
    const first = await server.createMeeting();
    const second = await server.createMeeting();
    const peter = await server.invite(first.meeting, { name: "Peter", role: "fagperson" });
    for (const path of [
      pathOf(apiRoutes.case, { caseId: second.case.id }),
      pathOf(apiRoutes.members, { caseId: second.case.id }),
      pathOf(apiRoutes.meeting, { meetingId: second.meeting.id }),
      pathOf(apiRoutes.consents, { caseId: second.case.id }),
    ]) {
      expect((await peter.agent.request("GET", path)).status, path).toBe(404);
    }
    expect(
      (await peter.agent.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: second.meeting.id }))).status,
    ).toBe(404);
    expect(
      (await peter.agent.request("GET", pathOf(apiRoutes.cases))).body.cases.map((c: { id: string }) => c.id),
    ).toEqual([first.case.id]);

    // Another coordinator, not on this case's roster, sees it no more than the professional does.
    const karin = await server.coordinator();
    await karin.request("POST", pathOf(apiRoutes.createAccount), {
      username: "ole",
      displayName: "Ole",
      password: TEST_PASSWORD,
      role: "koordinator",
    });
    const ole = server.agent();
    await ole.request("POST", pathOf(apiRoutes.signIn), { username: "ole", password: TEST_PASSWORD });
    expect((await ole.request("GET", pathOf(apiRoutes.case, { caseId: first.case.id }))).status).toBe(404);
    expect((await ole.request("GET", pathOf(apiRoutes.auditTrail, { caseId: first.case.id }))).status).toBe(404);
    expect((await ole.request("GET", pathOf(apiRoutes.cases))).body.cases).toEqual([]);
  });

  it("keeps professions, organisations and meeting types as data the coordinator extends", async () => {
    const coordinator = await server.coordinator();
    const before = (await coordinator.request("GET", pathOf(apiRoutes.vocabulary))).body;
    expect(before.profession).toContain("Psykolog");
    const after = await coordinator.request("POST", pathOf(apiRoutes.addVocabulary), {
      kind: "profession",
      label: "Ergoterapeut",
    });
    expect(after.status).toBe(201);
    expect(after.body.profession).toContain("Ergoterapeut");
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.addVocabulary), { kind: "nonsense", label: "x" })).status,
    ).toBe(400);
  });
});
