import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, ConnectionToken, MeetingWithCase, UpdateMeetingBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireSessionId } from "../session.ts";
import { requireCoordinatorOfMeeting, requireInMeeting } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Your role may not do this", "No such meeting (or not yours)");

export function registerMeetingRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.meeting),
      summary: "A meeting, with the name of its live document",
      request: { params: apiRoutes.meeting.params },
      responses: { 200: json(MeetingWithCase, "The meeting"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const access = await requireInMeeting(c, s, meetingId);
      const meeting = await s.meetings.get(meetingId);
      if (!meeting) throw refuse.notFound("meeting");
      return c.json({ ...meeting, yourRole: access.role }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.updateMeeting),
      summary:
        "Move, rename or give a video link to a meeting not yet closed (its coordinator); everyone reminded by e-mail gets an updated calendar invitation",
      request: {
        params: apiRoutes.updateMeeting.params,
        body: { ...json(UpdateMeetingBody, "What changes"), required: true },
      },
      responses: {
        200: json(MeetingWithCase, "The meeting as it is now"),
        ...refusals,
        409: json(ApiError, "The meeting is closed"),
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal } = await requireCoordinatorOfMeeting(c, s, meetingId, "change meetings");
      const patch = c.req.valid("json");
      const changed = await s.transaction(async (t) => {
        const before = await t.meetings.row(meetingId);
        const after = await t.meetings.reschedule(meetingId, patch);
        if (!before || !after) return false;
        if (after.calendar_sequence === before.calendar_sequence) return true;
        await t.audit.record({
          ...actorOf(principal),
          action: "meeting-updated",
          caseId: after.case_id,
          meetingId,
          // What changed, not to what: a title can name the citizen.
          details: { fields: Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined) },
        });
        await s.mailSchedule.meetingChanged(t, after, principal.kind === "staff" ? principal.accountId : null);
        return true;
      });
      if (!changed) throw new HttpRefusal(409, "meeting_closed", "The meeting is closed; reopen it to change it");
      const meeting = await s.meetings.get(meetingId);
      if (!meeting) throw refuse.notFound("meeting");
      return c.json(meeting, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.cancelMeeting),
      summary:
        "Cancel a meeting that has not begun (its coordinator): it is gone from the case, and everyone sent an invitation gets a calendar cancellation",
      request: { params: apiRoutes.cancelMeeting.params },
      responses: {
        204: { description: "Cancelled" },
        ...refusals,
        409: json(ApiError, "The meeting has begun or is closed"),
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal } = await requireCoordinatorOfMeeting(c, s, meetingId, "cancel meetings");
      const cancelled = await s.transaction(async (t) => {
        const meeting = await t.meetings.cancel(meetingId);
        if (!meeting) return false;
        await t.audit.record({
          ...actorOf(principal),
          action: "meeting-cancelled",
          caseId: meeting.case_id,
          meetingId,
        });
        await s.mailSchedule.meetingCancelled(t, meeting);
        return true;
      });
      if (!cancelled) throw new HttpRefusal(409, "conflict", "Only a meeting that has not begun can be cancelled");
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.connectionToken),
      summary: "A token for the meeting's websocket, valid a few minutes",
      request: { params: apiRoutes.connectionToken.params },
      responses: { 200: json(ConnectionToken, "The token"), ...refusals },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      const { meetingId } = c.req.valid("param");
      const access = await requireInMeeting(c, s, meetingId);
      const issued = await s.tokens.issue({
        sub: access.member.id,
        name: access.member.name,
        role: access.role,
        caseId: access.caseId,
        meetingId: access.meetingId,
        invitationId: access.invitation?.id ?? null,
        accountId: principal.kind === "staff" ? principal.accountId : null,
        sid: requireSessionId(c),
      });
      return c.json(issued, 200);
    },
  );
}
