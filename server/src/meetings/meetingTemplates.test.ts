import path from "node:path";
import type { Meeting, MeetingTemplates } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { DEFAULT_AGENDA, listPhases } from "@samplan/shared/model";
import { chairDocumentName, type MeetingId } from "@samplan/shared/vocabulary";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();
const open: Participant[] = [];
afterEach(() => {
  for (const participant of open.splice(0)) participant.provider.destroy();
});
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

async function agendaOf(planned: Meeting): Promise<string[]> {
  const chair = await joinMeeting(server.wsUrl, chairDocumentName(planned.id as MeetingId), () =>
    coordinator.connectionToken(planned.id),
  );
  open.push(chair);
  await waitFor(() => listPhases(chair.doc).length > 0);
  return listPhases(chair.doc).map((phase) => phase.title);
}

describe("meeting templates (issue 20 part 5)", () => {
  it("offers Samplan's six meeting methods, each a versioned row", async () => {
    const answer = await coordinator.request("GET", pathOf(apiRoutes.meetingTemplates));
    expect(answer.status).toBe(200);
    const { templates } = answer.body as MeetingTemplates;
    expect(templates.map((t) => t.id)).toEqual([
      "netvaerksmoede-v1",
      "rehabiliteringsteam-v1",
      "sip-v1",
      "aaben-dialog-v1",
      "kortlaegning-v1",
      "cti-fasemoede-v1",
    ]);
    expect(templates.every((t) => t.builtIn && t.version === 1 && t.phases.length > 0)).toBe(true);
  });

  it("starts a meeting's agenda from the chosen method and records which version it used", async () => {
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Åben dialog med familien",
      startsAt: inAWeek(),
      templateId: "aaben-dialog-v1",
    });
    expect(answer.status).toBe(201);
    const planned = answer.body as Meeting;
    expect(planned.templateId).toBe("aaben-dialog-v1");
    expect(await agendaOf(planned)).toEqual(["Samtalen", "Reflekterende runde", "Hvad gør vi nu?"]);
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const line = db
      .prepare("select details from audit_events where action = 'meeting-created' and meeting_id = ?")
      .get(planned.id) as { details: string };
    db.close();
    expect(JSON.parse(line.details).template).toBe("aaben-dialog-v1");
  });

  it("gives a meeting planned without a choice the standard network meeting", async () => {
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Opfølgning",
      startsAt: inAWeek(),
    });
    expect(answer.body.templateId).toBe("netvaerksmoede-v1");
    expect(await agendaOf(answer.body)).toEqual(DEFAULT_AGENDA.map((phase) => phase.title));
  });

  it("refuses a method that does not exist, and one named wrongly, planning nothing", async () => {
    const unknown = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Opfølgning",
      startsAt: inAWeek(),
      templateId: "findes-ikke-v1",
    });
    expect(unknown.status).toBe(404);
    const malformed = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Opfølgning",
      startsAt: inAWeek(),
      templateId: "DROP TABLE",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain("templateId");
    const meetings = await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }));
    expect(meetings.body.meetings).toHaveLength(1);
  });
});
