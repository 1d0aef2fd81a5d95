import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, Consent, ConsentList, RecordConsentBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { isCovered } from "../../storage/ConsentRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf, requireMemberOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only the case's coordinator records consent", "No such case or consent (or not yours)");

/** Samtykke: the citizen's consent to share across services, recorded and withdrawn by the coordinator. */
export function registerConsentRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.consents),
      summary: "Consents recorded on the case, newest first",
      request: { params: apiRoutes.consents.params },
      responses: { 200: json(ConsentList, "Consents"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      await requireMemberOf(c, s, caseId);
      return c.json({ consents: await s.consents.list(caseId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.recordConsent),
      summary: "Record the citizen's consent: for what, covering whom, given when",
      request: {
        params: apiRoutes.recordConsent.params,
        body: { ...json(RecordConsentBody, "The consent"), required: true },
      },
      responses: { 201: json(Consent, "Recorded"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "record consent");
      const body = c.req.valid("json");
      const roster = new Set((await s.roster.list(caseId)).map((member) => member.id));
      const stranger = body.memberIds.find((id) => !roster.has(id));
      if (stranger) throw new HttpRefusal(404, "not_found", `No member ${stranger} on this case's roster`);
      const consent = await s.transaction(async (t) => {
        const recorded = await t.consents.record(caseId, body, principal.kind === "staff" ? principal.accountId : "");
        await t.audit.record({
          ...actorOf(principal),
          action: "consent-recorded",
          caseId,
          details: { consentId: recorded.id, memberIds: recorded.memberIds, organisations: recorded.organisations },
        });
        return recorded;
      });
      return c.json(consent, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.withdrawConsent),
      summary: "Withdraw a consent; it takes effect at once, for live connections too",
      request: { params: apiRoutes.withdrawConsent.params },
      responses: { 200: json(Consent, "Withdrawn"), ...refusals },
    }),
    async (c) => {
      const { consentId } = c.req.valid("param");
      const existing = await s.consents.find(consentId);
      if (!existing) throw refuse.notFound("consent");
      const principal = await requireCoordinatorOf(c, s, existing.caseId, "withdraw consent");
      const consent = await s.transaction(async (t) => {
        const withdrawn = await t.consents.withdraw(consentId);
        if (!withdrawn) throw refuse.notFound("consent");
        await t.audit.record({
          ...actorOf(principal),
          action: "consent-withdrawn",
          caseId: withdrawn.caseId,
          details: { consentId },
        });
        return withdrawn;
      });
      // Whoever is no longer covered, and was not invited by an explicit, audited override, leaves now.
      const coverage = await s.consents.coverage(consent.caseId);
      const uncovered = new Set<string>(
        (await s.roster.list(consent.caseId))
          .filter((member) => !isCovered(member, coverage, member.accountId !== null))
          .map((member) => member.id),
      );
      const overrides = await s.invitations.withoutConsentIds(consent.caseId);
      await s.live.change({
        scope: { caseId: consent.caseId, memberIds: [...uncovered], exceptInvitationIds: [...overrides] },
        effect: "withdrawn",
      });
      return c.json(consent, 200);
    },
  );
}
