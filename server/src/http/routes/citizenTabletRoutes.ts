import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, Session } from "@samplan/shared/api";
import type { CaseId } from "@samplan/shared/vocabulary";
import { actorOf } from "../../access/Access.ts";
import type { Repositories } from "../../storage/repositories.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import { markReauthenticate } from "../reauthenticate.ts";
import type { Services } from "../Services.ts";
import { requireSessionId, sessionSecret, setSessionCookie } from "../session.ts";
import { requireCoordinatorOfMeeting } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";
import { closeConnectionsOf } from "./staffConnections.ts";

/** A tablet handed across the table lasts the meeting day, like a tablet let in by a join code. */
const TABLET_HOURS = 12;

const refusals = refusalsFor("Only the case's coordinator hands a tablet over", "No such meeting (or not yours)");

/**
 * "Giv tabletten til borgeren": the coordinator's device becomes the citizen's, in this one
 * meeting. The coordinator's session on it ends, so whoever holds the tablet can reach this meeting
 * as the citizen and nothing else (not the coordinator's other cases); getting back takes signing
 * in again. The citizen then writes as the citizen (their own words, their own scale), and the
 * server holds them to the citizen's role. Underneath it is an invitation that was used at once:
 * it is listed with the meeting's invitations, and revoking it takes the tablet out.
 */
export function registerCitizenTabletRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.citizenTablet),
      summary: "Switch this device to the citizen's view of the meeting, signing the coordinator out on it",
      request: { params: apiRoutes.citizenTablet.params },
      responses: { 200: json(Session, "This device is now the citizen's, in this meeting"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId, "hand a tablet to the citizen");
      if (principal.kind !== "staff") throw refuse.forbidden("hand a tablet to the citizen");
      const { caseId } = access;
      const until = new Date(Date.now() + TABLET_HOURS * 3600_000);
      const coordinatorSession = sessionSecret(c);
      const coordinatorSessionId = requireSessionId(c);
      // The hand-over and its audit lines in one transaction: all of it happened, or none.
      const { row, tabletSession } = await s.transaction(async (t) => {
        const citizen = await citizenOnRoster(t, caseId, principal);
        const { row } = await t.invitations.createCode({
          caseId,
          meetingId,
          memberId: citizen.id,
          createdBy: principal.accountId,
          withoutConsent: false,
          expiresAt: until,
        });
        await t.invitations.consumeCode(row.id, until);
        if (coordinatorSession) await t.sessions.delete(coordinatorSession);
        const tabletSession = await t.sessions.create({ invitationId: row.id }, until);
        await t.audit.record({
          ...actorOf(principal),
          action: "tablet-handed-to-citizen",
          caseId,
          meetingId,
          details: { invitationId: row.id, memberId: citizen.id },
        });
        return { row, tabletSession };
      });
      setSessionCookie(c, tabletSession, until);
      // Whoever signs in on this tablet next through OIDC is asked for their password again.
      markReauthenticate(c, TABLET_HOURS);
      // The coordinator's connections from this tablet's session end (their token is bound to a
      // session that is gone); the tablet connects again as the citizen.
      await closeConnectionsOf(s, principal.accountId, "withdrawn", coordinatorSessionId);
      const citizenPrincipal = await s.access.principalForSessionOfInvitation(row.id);
      if (!citizenPrincipal) throw new Error("the invitation just made does not let the citizen in");
      return c.json({ principal: citizenPrincipal }, 200);
    },
  );
}

/** The citizen's roster entry; a case begun without one gets it now, under the case's name. */
async function citizenOnRoster(t: Repositories, caseId: CaseId, principal: Parameters<typeof actorOf>[0]) {
  const members = await t.roster.list(caseId);
  const existing = members.find((member) => member.role === "borger");
  if (existing) return existing;
  const found = await t.cases.getCase(caseId);
  if (!found) throw refuse.notFound("case");
  const added = await t.roster.add(caseId, {
    name: found.citizenName,
    role: "borger",
    organisation: "",
    profession: "",
    accountId: null,
  });
  await t.audit.record({
    ...actorOf(principal),
    action: "member-added",
    caseId,
    details: { memberId: added.id, role: "borger" },
  });
  return added;
}
