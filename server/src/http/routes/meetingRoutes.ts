import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, ConnectionToken, MeetingWithCase } from "@samplan/shared/api";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireSessionId } from "../session.ts";
import { requireInMeeting } from "./guards.ts";
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
      await requireInMeeting(c, s, meetingId);
      const meeting = await s.meetings.get(meetingId);
      if (!meeting) throw refuse.notFound("meeting");
      return c.json(meeting, 200);
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
