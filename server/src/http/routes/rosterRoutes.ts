import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { AddMemberBody, apiRoutes, Member, MemberList, UpdateMemberBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf, requireMemberOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only the case's coordinator keeps the roster", "No such case or member (or not yours)");

/** The roster: who belongs to a case, in which role. Everyone in the case reads it; the coordinator keeps it. */
export function registerRosterRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.members),
      summary: "The case's roster, each with whether the citizen's consent covers them",
      request: { params: apiRoutes.members.params },
      responses: { 200: json(MemberList, "The roster"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      await requireMemberOf(c, s, caseId);
      return c.json({ members: await s.roster.list(caseId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.addMember),
      summary: "Add a person to the roster",
      request: { params: apiRoutes.addMember.params, body: { ...json(AddMemberBody, "The person"), required: true } },
      responses: { 201: json(Member, "Added"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "change the roster");
      const body = c.req.valid("json");
      let accountId: string | null = null;
      if (body.accountUsername) {
        const account = await s.accounts.findByUsername(body.accountUsername);
        if (!account) throw new HttpRefusal(404, "not_found", "No staff account with that username");
        accountId = account.id;
      }
      const member = await s.transaction(async (t) => {
        const added = await t.roster.add(caseId, { ...body, accountId });
        await t.audit.record({
          ...actorOf(principal),
          action: "member-added",
          caseId,
          details: { memberId: added.id, role: added.role, organisation: added.organisation },
        });
        return added;
      });
      return c.json(member, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.updateMember),
      summary: "Change a person's name, role, organisation or profession",
      request: {
        params: apiRoutes.updateMember.params,
        body: { ...json(UpdateMemberBody, "What changes"), required: true },
      },
      responses: { 200: json(Member, "Changed"), ...refusals },
    }),
    async (c) => {
      const { caseId, memberId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "change the roster");
      const patch = c.req.valid("json");
      const member = await s.transaction(async (t) => {
        const updated = await t.roster.update(caseId, memberId, patch);
        if (!updated) throw refuse.notFound("member");
        await t.audit.record({
          ...actorOf(principal),
          action: "member-updated",
          caseId,
          details: { memberId, changed: Object.keys(patch) },
        });
        return updated;
      });
      // A changed role must apply now, not at the next reconnect: closed connections come back with it.
      if (patch.role) {
        const effect = patch.role === "observatoer" ? "read-only" : "reconnect";
        await s.live.change({ scope: { caseId, memberIds: [memberId] }, effect });
      }
      return c.json(member, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.removeMember),
      summary: "Take a person off the roster; their invitations are revoked",
      request: { params: apiRoutes.removeMember.params },
      responses: { 204: { description: "Removed" }, ...refusals },
    }),
    async (c) => {
      const { caseId, memberId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "change the roster");
      if (principal.kind === "staff" && (await s.roster.findForAccount(caseId, principal.accountId))?.id === memberId) {
        throw new HttpRefusal(409, "conflict", "You cannot take yourself off the roster");
      }
      await s.transaction(async (t) => {
        if (!(await t.roster.remove(caseId, memberId))) throw refuse.notFound("member");
        await t.audit.record({ ...actorOf(principal), action: "member-removed", caseId, details: { memberId } });
      });
      await s.live.change({ scope: { caseId, memberIds: [memberId] }, effect: "withdrawn" });
      return c.body(null, 204);
    },
  );
}
