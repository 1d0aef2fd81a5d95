import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, OwnLanguageBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal } from "../session.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor(
  "Only a guest chooses her own e-mail language here; staff have theirs set on the roster",
  "Her place on the roster is gone",
);

/**
 * The citizen (or any guest) who switches her view to her own language gets her e-mails in it too
 * (issue 21): the language she chose on her device is stored on her place on the roster.
 */
export function registerOwnLanguageRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.ownLanguage),
      summary: "The language of a guest's own e-mails: the one she chose for her view",
      request: { body: { ...json(OwnLanguageBody, "The language"), required: true } },
      responses: { 200: json(OwnLanguageBody, "Her e-mails are written in this language from now on"), ...refusals },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      const entry = await s.access.ownPlaceEntry(principal);
      if ("refusal" in entry) {
        if (entry.refusal === "staff") throw refuse.forbidden("choose a staff member's e-mail language here");
        if (entry.refusal === "consent-withdrawn") {
          throw new HttpRefusal(403, "consent_required", "The citizen's consent does not cover you in this case");
        }
        throw refuse.notFound("member");
      }
      const { language } = c.req.valid("json");
      const { caseId, member } = entry.access;
      // In the trail like any change to a place on the roster, with the change and who made it.
      const updated = await s.transaction(async (t) => {
        const changed = await t.roster.update(caseId, member.id, { language });
        if (!changed) throw refuse.notFound("member");
        await t.audit.record({
          ...actorOf(principal),
          action: "member-updated",
          caseId,
          details: { memberId: member.id, changed: ["language"] },
        });
        return changed;
      });
      return c.json({ language: updated.language }, 200);
    },
  );
}
