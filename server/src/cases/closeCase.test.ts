import { apiRoutes, pathOf } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { joinMeeting, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const DAY = 86_400_000;
const closeTheCase = (reason: unknown = "job") =>
  coordinator.request("POST", pathOf(apiRoutes.closeCase, { caseId: meeting.caseId }), { reason });

/** The fixture's meeting began an hour ago: its minutes come before the case can close. */
async function closeTheMeeting() {
  const closed = await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {});
  expect(closed.status).toBe(200);
}

describe("Closing a case (forløbet afsluttet)", () => {
  it("keeps the case, read-only, with its reason; meetings not yet begun are cancelled", async () => {
    await closeTheMeeting();
    const later = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Opfølgning",
      startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
    });
    expect(later.status).toBe(201);

    const closed = await closeTheCase("job");
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closedReason: "job", nextMeetingAt: null });
    expect(Date.parse(closed.body.closedAt)).not.toBeNaN();

    const kase = await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }));
    expect(kase.status).toBe(200);
    expect(kase.body.meetings.map((m: { title: string }) => m.title)).toEqual([meeting.title]);
    const listed = await coordinator.request("GET", pathOf(apiRoutes.cases));
    expect(listed.body.cases.find((c: { id: string }) => c.id === meeting.caseId)?.closedReason).toBe("job");

    // Nothing changes it now: not its filing, its meetings, its roster nor its record.
    const changes = [
      coordinator.request("PATCH", pathOf(apiRoutes.updateCase, { caseId: meeting.caseId }), { caseReference: "X" }),
      coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
        title: "Nyt møde",
        startsAt: new Date(Date.now() + DAY).toISOString(),
      }),
      coordinator.request("POST", pathOf(apiRoutes.reopenMeeting, { meetingId: meeting.id }), {}),
      coordinator.request("POST", pathOf(apiRoutes.closeCase, { caseId: meeting.caseId }), { reason: "other" }),
    ];
    for (const answer of await Promise.all(changes)) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe("case_closed");
    }
    // Reading still works: the plan, its export.
    expect((await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }))).status).toBe(
      200,
    );
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }));
    expect(trail.body.events.some((e: { action: string }) => e.action === "case-closed")).toBe(true);
  });

  it("ends the writable connections to its meetings", async () => {
    await closeTheMeeting();
    const future = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Næste gang",
      startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    const planned = await joinMeeting(server.wsUrl, future.body.documentName, () =>
      coordinator.connectionToken(future.body.id),
    );
    expect(planned.provider.authorizedScope).toBe("read-write");
    let closedBy: number | null = null;
    planned.provider.on("close", ({ event }: { event: { code: number } }) => {
      closedBy ??= event.code;
    });
    expect((await closeTheCase("moved")).status).toBe(200);
    // The meeting not yet begun is cancelled with the case: the connection is closed, not left writable.
    await waitFor(() => closedBy !== null, 5_000, "the connection to close");
    planned.provider.destroy();
    const again = await coordinator.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: future.body.id }));
    expect(again.status).toBe(404);
  });

  it("waits for a meeting that has begun to be closed first", async () => {
    const refused = await closeTheCase();
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(meeting.title);
    expect((await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }))).body.closedAt).toBe(
      null,
    );
  });

  it("is the coordinator's to do, for a reason from the list; the case can still be deleted", async () => {
    const guest = await server.invite(meeting, { name: "Sara", role: "fagperson", organisation: "Psykiatrien" });
    expect(
      (await guest.agent.request("POST", pathOf(apiRoutes.closeCase, { caseId: meeting.caseId }), { reason: "job" }))
        .status,
    ).toBeGreaterThanOrEqual(403);
    await closeTheMeeting();
    expect((await closeTheCase("fordi")).status).toBe(400);
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeCase, { caseId: meeting.caseId }), {})).status,
    ).toBe(400);
    expect((await closeTheCase("citizenEnded")).status).toBe(200);
    expect((await coordinator.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }))).status).toBe(
      204,
    );
  });
});
