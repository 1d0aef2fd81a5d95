import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, describe, expect, it } from "vitest";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { joinMeeting, TEST_PASSWORD } from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function addMember(body: { name: string; role: string; organisation?: string }) {
  const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), body);
  expect(added.status).toBe(201);
  return added.body as { id: string; consentCovered: boolean };
}

async function recordConsent(organisation: string, extra: Record<string, unknown> = {}) {
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Samarbejde om indsatsen",
    organisations: [organisation],
    givenAt: daysFromNow(-30),
    ...extra,
  });
  expect(consent.status).toBe(201);
  return consent.body as { id: string };
}

/** Invites a member by link (no override) and returns their browser, signed in by it. */
async function letIn(memberId: string, kind: "link" | "code" = "link") {
  const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
    memberId,
    kind,
  });
  expect(invited.status).toBe(201);
  const guest = server.agent();
  const body = kind === "link" ? { secret: invited.body.joinPath.slice("/join#".length) } : { code: invited.body.code };
  expect((await guest.request("POST", pathOf(apiRoutes.join), body)).status).toBe(200);
  return guest;
}

async function expectWebsocketRefused(token: string, reason: string) {
  const joined = joinMeeting(server.wsUrl, meeting.documentName, token);
  joined.then((participant) => cleanups.push(() => participant.provider.destroy())).catch(() => {});
  await expect(joined).rejects.toThrow(`refused: ${reason}`);
}

describe("the coordinator's role on the roster", () => {
  it("spares the consent only to the coordinator signed in with a staff account, not to a guest given the role", async () => {
    const helper = await addMember({ name: "Vikar", role: "koordinator", organisation: "Jobcenter" });
    expect(helper.consentCovered).toBe(false);
    // Inviting her is inviting someone the consent does not cover: the coordinator is asked first.
    const unconfirmed = await coordinator.request(
      "POST",
      pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }),
      {
        memberId: helper.id,
      },
    );
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.code).toBe("consent_required");

    // The staff coordinator needs no consent at all.
    expect((await coordinator.request("GET", pathOf(apiRoutes.progress, { caseId: meeting.caseId }))).status).toBe(200);
    await coordinator.connectionToken(meeting.id);
  });

  it("refuses a guest made coordinator once the consent that let her in is withdrawn, over HTTP and the websocket", async () => {
    const helper = await addMember({ name: "Vikar", role: "fagperson", organisation: "Jobcenter" });
    const consent = await recordConsent("Jobcenter");
    const guest = await letIn(helper.id);
    const token = await guest.connectionToken(meeting.id);
    await coordinator.request(
      "PATCH",
      pathOf(apiRoutes.updateMember, { caseId: meeting.caseId, memberId: helper.id }),
      { role: "koordinator" },
    );
    expect((await guest.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(200);

    await coordinator.request("POST", pathOf(apiRoutes.withdrawConsent, { consentId: consent.id }));
    const refused = await guest.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }));
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("consent_required");
    expect((await guest.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id }))).status).toBe(
      403,
    );
    await expectWebsocketRefused(token, "consent-withdrawn");
  });

  it("still lets in someone the coordinator invited knowing the consent did not cover them", async () => {
    const invited = await server.invite(meeting, { name: "Vikar", role: "koordinator" });
    expect((await invited.agent.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(200);
    const participant = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      invited.agent.connectionToken(meeting.id),
    );
    participant.provider.destroy();
  });
});

describe("what a session bound to one meeting reaches", () => {
  const caseViews = () => [
    pathOf(apiRoutes.progress, { caseId: meeting.caseId }),
    pathOf(apiRoutes.steps, { caseId: meeting.caseId }),
  ];

  it("gives the tablet handed to the citizen this meeting, not the case's history", async () => {
    await addMember({ name: "Ali", role: "borger" });
    const tablet = server.agent();
    await tablet.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
    expect((await tablet.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }))).status).toBe(200);

    expect((await tablet.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(200);
    await tablet.connectionToken(meeting.id);
    const kase = await tablet.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }));
    expect(kase.body.meetings.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    for (const path of caseViews()) expect((await tablet.request("GET", path)).status, path).toBe(404);
  });

  it("gives a join code typed on a tablet the same, and the citizen's own personal link her whole case", async () => {
    const ali = await addMember({ name: "Ali", role: "borger" });
    const byCode = await letIn(ali.id, "code");
    for (const path of caseViews()) expect((await byCode.request("GET", path)).status, path).toBe(404);
    const byLink = await letIn(ali.id, "link");
    for (const path of caseViews()) expect((await byLink.request("GET", path)).status, path).toBe(200);
  });
});
