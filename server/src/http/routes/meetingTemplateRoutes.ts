import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, MeetingTemplates } from "@samplan/shared/api";
import type { AppEnv } from "../AppEnv.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

/** The meeting methods to plan a meeting from (issue 20 part 5). */
export function registerMeetingTemplateRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.meetingTemplates),
      summary: "The meeting methods a meeting can start from, the latest version of each (staff)",
      responses: { 200: json(MeetingTemplates, "The templates") },
    }),
    async (c) => {
      requireStaff(c);
      return c.json({ templates: await s.templates.latest() }, 200);
    },
  );
}
