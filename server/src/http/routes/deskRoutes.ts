import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, DeskFollowUps, DeskMeetings, DeskSteps } from "@samplan/shared/api";
import { followUps } from "../../desk/followUps.ts";
import { stepsWaiting } from "../../desk/stepsWaiting.ts";
import { upcomingMeetings } from "../../desk/upcomingMeetings.ts";
import type { AppEnv } from "../AppEnv.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only staff have a desk", "Not found");

/** The coordinator's desk (issue 24): what needs her this week, across all her cases. */
export function registerDeskRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deskSteps),
      summary: "Skridt der venter: open steps in the cases you coordinate, overdue or due within a week",
      responses: { 200: json(DeskSteps, "The steps, overdue first"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      const staff = requireStaff(c);
      return c.json({ steps: await stepsWaiting({ repos: s, documents: s.documents, access: s.access }, staff) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deskMeetings),
      summary: "Kommende møder: meetings in the cases you coordinate, from one under way to two weeks ahead",
      responses: { 200: json(DeskMeetings, "The meetings, soonest first"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      const staff = requireStaff(c);
      return c.json({ meetings: await upcomingMeetings({ repos: s, access: s.access }, staff) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deskFollowUps),
      summary:
        "Skal følges op: consents ending within 30 days, undeliverable e-mails, minutes not approved, cases with no meeting planned",
      responses: { 200: json(DeskFollowUps, "What needs following up"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      const staff = requireStaff(c);
      return c.json({ followUps: await followUps({ repos: s, access: s.access }, staff) }, 200);
    },
  );
}
