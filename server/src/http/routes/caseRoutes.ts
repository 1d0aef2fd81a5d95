import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  apiRoutes,
  Case,
  CaseList,
  CaseWithMeetings,
  CreateCaseBody,
  CreateMeetingBody,
  Meeting,
  type Principal,
  STANDARD_TEMPLATE_ID,
} from "@samplan/shared/api";
import { z } from "zod";
import { actorOf, type CaseAccess } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireStaff } from "../session.ts";
import { requireCoordinatorOf, requireMemberOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

// A client-chosen key (a uuid is fine) that makes a retried "plan a meeting" request safe.
const IdempotencyKey = z.string().trim().min(8).max(100).nullable().catch(null);
const refusals = refusalsFor("Your role may not do this", "No such case (or not yours)");

export function registerCaseRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.cases),
      summary: "The cases you belong to, newest first",
      responses: { 200: json(CaseList, "The cases"), 401: refusals[401] },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      const ids =
        principal.kind === "staff" ? await s.roster.caseIdsForAccount(principal.accountId) : [principal.caseId];
      // Even the citizen's name is the case's content: not listed to someone the consent does not cover.
      const open = [];
      for (const id of ids) if (await s.access.inCase(principal, id)) open.push(id);
      return c.json({ cases: await s.cases.listCases(open) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createCase),
      summary: "Create a case for a citizen; you become its coordinator",
      request: { body: { ...json(CreateCaseBody, "The citizen's display name"), required: true } },
      responses: { 201: json(Case, "The new case"), ...refusals },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("create cases");
      const created = await s.transaction(async (t) => {
        const kase = await t.cases.createCase(c.req.valid("json"), { name: staff.name, accountId: staff.accountId });
        await t.audit.record({ ...actorOf(staff), action: "case-created", caseId: kase.id });
        return kase;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.case),
      summary: "A case with the meetings you may open, newest first",
      request: { params: apiRoutes.case.params },
      responses: { 200: json(CaseWithMeetings, "The case"), ...refusals },
    }),
    async (c) => {
      const principal = requirePrincipal(c);
      const { caseId } = c.req.valid("param");
      const access = await requireMemberOf(c, s, caseId);
      await auditReadUnderGrant(s, principal, access);
      const found = await s.cases.getCase(caseId);
      if (!found) throw refuse.notFound("case");
      if (principal.kind === "guest" && principal.meetingId) {
        found.meetings = found.meetings.filter((meeting) => meeting.id === principal.meetingId);
      }
      return c.json({ ...found, yourRole: access.role }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createMeeting),
      summary:
        "Plan the next meeting in a case (the case's coordinator). Active goals and open steps of the latest meeting are carried over. Send an Idempotency-Key header to make retries safe.",
      request: {
        params: apiRoutes.createMeeting.params,
        body: { ...json(CreateMeetingBody, "Title and start"), required: true },
      },
      responses: { 201: json(Meeting, "The new meeting"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "plan meetings");
      const idempotencyKey = IdempotencyKey.parse(c.req.header("idempotency-key") ?? null);
      // The planner records "meeting-created" in the transaction that stores the meeting.
      const { templateId, ...input } = c.req.valid("json");
      // A method of another team's answers as one that does not exist.
      const template = await s.access.templateToUse(principal, templateId ?? STANDARD_TEMPLATE_ID);
      if (templateId && !template) throw refuse.notFound("meeting template");
      const planned = await s.planner.plan(caseId, input, template, {
        idempotencyKey,
        createdBy: principal.name,
        by: actorOf(principal),
        byAccount: principal.kind === "staff" ? principal.accountId : null,
      });
      if (!planned) throw refuse.notFound("case");
      return c.json(planned.meeting, 201);
    },
  );
}

/**
 * A cover or a team lead reads a case that is not theirs: each reading goes into the case's trail
 * with the reason behind it (the team lead's own, or the cover's), for the citizen to see.
 */
async function auditReadUnderGrant(s: Services, principal: Principal, access: CaseAccess): Promise<void> {
  const { grant_kind: grant, grant_reason: reason } = access.member;
  if (!grant || !reason) return;
  const why = grant === "cover" ? ((await s.teams.coverById(reason))?.reason ?? null) : reason;
  await s.audit.record({
    ...actorOf(principal),
    action: "case-read-under-grant",
    caseId: access.caseId,
    details: { grant, reason: why },
  });
}
