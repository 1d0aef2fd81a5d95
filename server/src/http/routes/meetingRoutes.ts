import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, MeetingWithCase } from "@samplan/shared/api";
import { MeetingId } from "@samplan/shared/model";
import { z } from "zod";
import type { CaseRepository } from "../../storage/CaseRepository.ts";
import { apiError } from "../errors.ts";

export function registerMeetingRoutes(app: OpenAPIHono, cases: CaseRepository): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/meetings/{meetingId}",
      summary: "A meeting, with the name of its live document",
      request: { params: z.object({ meetingId: MeetingId.describe("The meeting's id") }) },
      responses: {
        200: { content: { "application/json": { schema: MeetingWithCase } }, description: "The meeting" },
        400: { content: { "application/json": { schema: ApiError } }, description: "Malformed id" },
        404: { content: { "application/json": { schema: ApiError } }, description: "No such meeting" },
      },
    }),
    async (c) => {
      const meeting = await cases.getMeeting(c.req.valid("param").meetingId);
      return meeting ? c.json(meeting, 200) : apiError(c, 404, "not_found", "No such meeting");
    },
  );
}
