import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, CoordinatorList, HandedOver, HandOverBody, HandoverNews } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { handOverCase } from "../../cases/handOverCase.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireStaff } from "../session.ts";
import { requireCoordinatorOf, requireMemberOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only the case's coordinator hands it over", "No such case (or not yours)");

/** A case changes hands: its coordinator gives it to a colleague, with a note for her. */
export function registerHandoverRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.coordinators),
      summary: "The coordinators a case can be handed to (active accounts with the coordinator's role)",
      responses: { 200: json(CoordinatorList, "The coordinators"), 401: json(ApiError, "Not signed in") },
    }),
    async (c) => {
      requireStaff(c);
      const coordinators = (await s.accounts.list())
        .filter((account) => account.active && account.role === "koordinator")
        .map((account) => ({ accountId: account.id, name: account.displayName }));
      return c.json({ coordinators }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.handOverCase),
      summary:
        "Hand the case to another coordinator with a note for her; you leave the case, and your live connections to its meetings end",
      request: {
        params: apiRoutes.handOverCase.params,
        body: { ...json(HandOverBody, "To whom, and the note"), required: true },
      },
      responses: { 201: json(HandedOver, "Handed over"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      // A closed case is handed over too: it changes who holds it (and answers the citizen's
      // questions about it until it is deleted), not what it says.
      const principal = await requireCoordinatorOf(c, s, caseId, "hand the case over", { whenClosed: "allow-changes" });
      if (principal.kind !== "staff") throw refuse.forbidden("hand the case over");
      const { toAccountId, note } = c.req.valid("json");
      const handedOver = await handOverCase(s, {
        caseId,
        fromAccountId: principal.accountId,
        toAccountId,
        note,
        by: actorOf(principal),
      });
      return c.json(handedOver, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.handoverNews),
      summary:
        "What a hand-over means for you: the note left for you (until you dismiss it), and who is the case's new coordinator",
      request: { params: apiRoutes.handoverNews.params },
      responses: { 200: json(HandoverNews, "The note and the new coordinator, or null"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = requirePrincipal(c);
      await requireMemberOf(c, s, caseId);
      const note = principal.kind === "staff" ? await s.handovers.noteFor(caseId, principal.accountId) : null;
      const latest = await s.handovers.latest(caseId);
      // She is new until a meeting with her has been held: then the citizen has met her.
      const metSince =
        latest !== undefined &&
        (await s.meetings.rowsOf(caseId)).some((meeting) => meeting.closed_at && meeting.closed_at > latest.created_at);
      const newCoordinator = latest && !metSince ? { name: latest.to_name, since: latest.created_at } : null;
      return c.json({ note, newCoordinator }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.dismissHandoverNote),
      summary: "Put away the hand-over note left for you (the case's new coordinator)",
      request: { params: apiRoutes.dismissHandoverNote.params },
      responses: { 204: { description: "Put away" }, ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      // Putting the note away changes nothing in the case, closed or not.
      const principal = await requireCoordinatorOf(c, s, caseId, "put away a hand-over note", {
        whenClosed: "allow-changes",
      });
      // Only the notes left for her: a second tap (or a second tab) finds none left, which is fine.
      if (principal.kind === "staff") await s.handovers.dismiss(caseId, principal.accountId);
      return c.body(null, 204);
    },
  );
}
