import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { AddMemberBody, apiRoutes, Member, MemberList, UpdateMemberBody } from "@samplan/shared/api";
import { type CaseId, networkMemberName, planWriting, type RelationKind } from "@samplan/shared/vocabulary";
import { actorOf } from "../../access/Access.ts";
import { type MemberRow, storedAreas } from "../../storage/RosterRepository.ts";
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
      const { relation, adultConfirmed, ...person } = body;
      // Her own people are shown as hers everywhere their name goes: the roster, who is here, who
      // wrote what, the minutes. Made once, here, so every one of those reads the same name.
      const name =
        body.role === "netvaerk" && relation
          ? networkMemberName(await citizenNameOf(s, caseId), relation.label, person.name)
          : person.name;
      const member = await s.transaction(async (t) => {
        const added = await t.roster.add(caseId, {
          ...person,
          name,
          accountId,
          relation: body.role === "netvaerk" ? relation : undefined,
          adultConfirmed: body.role === "tolk" && adultConfirmed === true,
        });
        await t.audit.record({
          ...actorOf(principal),
          action: "member-added",
          caseId,
          details: {
            memberId: added.id,
            role: added.role,
            organisation: added.organisation,
            // The confirmation is the coordinator's word, and the trail says she gave it.
            ...(added.adultConfirmedAt ? { adultConfirmed: true } : {}),
            ...(added.relation ? { relation: added.relation.kind } : {}),
          },
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
      const body = c.req.valid("json");
      const current = await s.roster.find(caseId, memberId);
      if (!current) throw refuse.notFound("member");
      const patch = await rosterPatch(s, caseId, current, body);
      const member = await s.transaction(async (t) => {
        const updated = await t.roster.update(caseId, memberId, patch);
        if (!updated) throw refuse.notFound("member");
        await t.audit.record({
          ...actorOf(principal),
          action: "member-updated",
          caseId,
          details: { memberId, changed: Object.keys(body) },
        });
        return updated;
      });
      // A changed role must apply now, not at the next reconnect: closed connections come back with it.
      if (patch.role) {
        const effect = planWriting(patch.role) === "none" ? "read-only" : "reconnect";
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

async function citizenNameOf(s: Services, caseId: CaseId): Promise<string> {
  return (await s.cases.find(caseId))?.citizenName ?? "";
}

/**
 * What a change to a roster entry writes. Her own people's name is made again from their own name
 * and their relation; a name is needed by everyone else; becoming an interpreter needs the
 * coordinator's confirmation that they are an adult (the body's check), and records it.
 */
async function rosterPatch(
  s: Services,
  caseId: CaseId,
  current: MemberRow,
  body: UpdateMemberBody,
): Promise<Parameters<Services["roster"]["update"]>[2]> {
  const { relation, adultConfirmed, name, areas, ...rest } = body;
  const role = body.role ?? current.role;
  if (role !== "netvaerk" && name === "") throw new HttpRefusal(400, "bad_request", "name: name must not be empty");
  const patch: Parameters<Services["roster"]["update"]>[2] = { ...rest };
  if (areas !== undefined) patch.areas = storedAreas(areas);
  if (role === "netvaerk") {
    const kind: RelationKind | null = relation?.kind ?? current.relation_kind;
    const label = relation?.label ?? current.relation_label;
    if (!kind || !label)
      throw new HttpRefusal(400, "bad_request", "relation: relation is needed for the citizen's own people");
    if (relation || name !== undefined || body.role) {
      // Their own name is what stands before the parenthesis, when the coordinator gave one.
      const ownName = name ?? (current.relation_label ? ownNameIn(current.name) : current.name);
      patch.name = networkMemberName(await citizenNameOf(s, caseId), label, ownName);
    }
    patch.relation_kind = kind;
    patch.relation_label = label;
  } else {
    if (name !== undefined) patch.name = name;
    if (body.role && current.role === "netvaerk") {
      patch.relation_kind = null;
      patch.relation_label = null;
    }
  }
  if (role === "tolk" && adultConfirmed === true) patch.adult_confirmed_at = new Date().toISOString();
  if (role !== "tolk") patch.adult_confirmed_at = null;
  return patch;
}

/** "Jonas (Sørens bror)" → "Jonas"; "Sørens bror" → "". */
function ownNameIn(name: string): string {
  const open = name.lastIndexOf(" (");
  return open > 0 && name.endsWith(")") ? name.slice(0, open) : "";
}
