import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  apiRoutes,
  CloseMeetingBody,
  JournalNote,
  MinutesAnswer,
  VersionDetail,
  VersionList,
  VersionSummary,
} from "@samplan/shared/api";
import { citizenAgreementLine, NOT_A_DECISION } from "@samplan/shared/record";
import { MeetingId } from "@samplan/shared/vocabulary";
import { z } from "zod";
import { actorOf } from "../../access/Access.ts";
import type { RecordedBy, RecordRefusal } from "../../meetings/MeetingRecord.ts";
import { danishDate, minutesMarkdown } from "../../minutes/minutesMarkdown.ts";
import { minutesPdf } from "../../minutes/minutesPdf.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOfMeeting } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor(
  "Only the case's coordinator closes, reopens and approves",
  "No such meeting (or not yours)",
);

const REFUSALS: Record<RecordRefusal, HttpRefusal> = {
  "not-found": refuse.notFound("meeting"),
  "already-closed": new HttpRefusal(409, "meeting_closed", "The meeting is already closed"),
  "not-closed": new HttpRefusal(409, "meeting_not_closed", "Close the meeting first"),
  "already-approved": new HttpRefusal(
    409,
    "minutes_approved",
    "The minutes are already approved; reopen the meeting to correct them",
  ),
};

function settled(result: RecordRefusal | VersionSummary): VersionSummary {
  if (typeof result === "string") throw REFUSALS[result];
  return result;
}

/** Closing a meeting, approving its minutes, its versions, and the minutes themselves. */
export function registerRecordRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const step = (
    route: typeof apiRoutes.closeMeeting | typeof apiRoutes.reopenMeeting | typeof apiRoutes.approveMinutes,
    summary: string,
    action: string,
    run: (id: MeetingId, by: RecordedBy, nextMeetingAt: string | null) => Promise<RecordRefusal | VersionSummary>,
  ) =>
    app.openapi(
      createRoute({
        ...endpoint(route),
        summary,
        request: {
          params: route.params,
          body: { ...json(CloseMeetingBody, "Optional: when the next meeting is"), required: false },
        },
        responses: {
          200: json(VersionSummary, "The version this step froze"),
          ...refusals,
          409: json(z.object({}), "Not possible now"),
        },
      }),
      async (c) => {
        const { meetingId } = c.req.valid("param");
        const { principal, access } = await requireCoordinatorOfMeeting(
          c,
          s,
          meetingId,
          "close, reopen or approve meetings",
        );
        // Without a body the validator hands over {}, and the schema's default never ran.
        const { nextMeetingAt = null } = c.req.valid("json");
        // MeetingRecord writes the step's audit line in the step's own transaction.
        const version = settled(await run(meetingId, { name: principal.name, ...actorOf(principal) }, nextMeetingAt));
        // Everyone reconnects: to a read-only document once closed, to a writable one once reopened.
        await s.live.change({
          scope: { caseId: access.caseId, meetingId },
          effect: action === "meeting-reopened" ? "reconnect" : "read-only",
        });
        return c.json(version, 200);
      },
    );

  step(
    apiRoutes.closeMeeting,
    "Close the meeting: the document becomes read-only and the minutes are generated",
    "meeting-closed",
    (id, by, nextMeetingAt) => s.record.close(id, by, nextMeetingAt),
  );
  step(
    apiRoutes.reopenMeeting,
    "Reopen a closed meeting (after approval: a correction, which keeps the approved version)",
    "meeting-reopened",
    (id, by) => s.record.reopen(id, by),
  );
  step(
    apiRoutes.approveMinutes,
    "Approve the minutes: an immutable version with the SHA-256 of its content",
    "minutes-approved",
    (id, by) => s.record.approve(id, by),
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.minutes),
      summary: "The minutes: the approved version's when approved, otherwise as they stand",
      request: { params: apiRoutes.minutes.params },
      responses: {
        200: json(MinutesAnswer, "The minutes"),
        ...refusals,
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId, "read the minutes");
      const found = await s.record.minutes(meetingId);
      if (!found) throw refuse.notFound("meeting");
      await s.audit.record({
        ...actorOf(principal),
        action: "minutes-exported",
        caseId: access.caseId,
        meetingId,
        details: { format: "json" },
      });
      return c.json(found, 200);
    },
  );

  /** A download of the minutes in one format: the coordinator's, audited, stamped if approved. */
  const download = (
    route: typeof apiRoutes.minutesMarkdown | typeof apiRoutes.minutesPdf,
    extension: string,
    contentType: string,
    render: (markdown: string, stamp: string) => Promise<Uint8Array> | Uint8Array,
  ) =>
    app.get(route.path, async (c) => {
      const meetingId = MeetingId.safeParse(c.req.param("meetingId"));
      if (!meetingId.success) throw refuse.notFound("meeting");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId.data, "export the minutes");
      const found = await s.record.minutes(meetingId.data);
      if (!found) throw refuse.notFound("meeting");
      const approved = found.approved;
      const approval = approved
        ? { by: approved.createdBy, at: approved.createdAt, version: approved.number, hash: approved.contentHash }
        : undefined;
      const stamp = approval
        ? `GODKENDT ${danishDate(approval.at, true)} af ${approval.by} · version ${approval.version}`
        : "UDKAST · ikke godkendt";
      const body = await render(minutesMarkdown(found.minutes, approval), stamp);
      await s.audit.record({
        ...actorOf(principal),
        action: "minutes-exported",
        caseId: access.caseId,
        meetingId: meetingId.data,
        details: { format: extension === "md" ? "markdown" : extension },
      });
      c.header("Content-Disposition", `attachment; filename="referat-${meetingId.data}.${extension}"`);
      return c.body(new Uint8Array(body), 200, { "Content-Type": contentType });
    });

  download(apiRoutes.minutesMarkdown, "md", "text/markdown; charset=utf-8", (markdown) =>
    new TextEncoder().encode(markdown),
  );
  download(apiRoutes.minutesPdf, "pdf", "application/pdf", (markdown, stamp) => minutesPdf(markdown, stamp));

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.journalNote),
      summary: "The approved minutes with the metadata the case system files them by (case number, KLE)",
      request: { params: apiRoutes.journalNote.params },
      responses: {
        200: json(JournalNote, "The journal note"),
        ...refusals,
        409: json(z.object({}), "Not approved, or no case number/KLE yet"),
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId, "export the minutes");
      const found = await s.record.minutes(meetingId);
      if (!found) throw refuse.notFound("meeting");
      if (!found.approved) throw new HttpRefusal(409, "minutes_not_approved", "Approve the minutes before filing them");
      const kase = await s.cases.getCase(access.caseId);
      if (!kase?.caseReference || !kase.kleNumber) {
        throw new HttpRefusal(409, "case_number_missing", "Enter the case number and KLE number on the case first");
      }
      await s.audit.record({
        ...actorOf(principal),
        action: "minutes-exported",
        caseId: access.caseId,
        meetingId,
        details: { format: "journal-note" },
      });
      const note: JournalNote = {
        format: "samplan.journalnote/1",
        caseReference: kase.caseReference,
        kleNumber: kase.kleNumber,
        title: `Referat: ${found.minutes.meeting.title}`,
        documentDate: found.minutes.meeting.startsAt,
        approvedAt: found.approved.createdAt,
        approvedBy: found.approved.createdBy,
        version: found.approved.number,
        contentHash: found.approved.contentHash,
        notADecision: NOT_A_DECISION,
        citizenAgreement: citizenAgreementLine(found.minutes.citizenAgreement),
        minutes: found.minutes,
      };
      return c.json(note, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.versions),
      summary: "The meeting's versions: every close, reopening and approval",
      request: { params: apiRoutes.versions.params },
      responses: { 200: json(VersionList, "Versions, oldest first"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      await requireCoordinatorOfMeeting(c, s, meetingId, "see versions");
      return c.json({ versions: await s.record.versions(meetingId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.version),
      summary: "One version, read-only: its minutes and its Yjs state (base64)",
      request: { params: apiRoutes.version.params },
      responses: {
        200: json(VersionDetail, "The version"),
        ...refusals,
      },
    }),
    async (c) => {
      const { meetingId, number } = c.req.valid("param");
      await requireCoordinatorOfMeeting(c, s, meetingId, "see versions");
      const found = await s.record.version(meetingId, number);
      if (!found) throw refuse.notFound("version");
      return c.json(
        {
          version: found.summary,
          minutes: found.minutes,
          state: Buffer.from(found.state).toString("base64"),
          attribution: found.attribution,
        },
        200,
      );
    },
  );
}
