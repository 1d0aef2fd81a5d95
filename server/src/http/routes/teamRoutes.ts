import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  AccountTeam,
  ApiError,
  AssignCoverBody,
  apiRoutes,
  Cover,
  CreateTeamBody,
  HandedOver,
  HandOverBody,
  OpenAsTeamLeadBody,
  SetAccountTeamBody,
  Team,
  TeamFigures,
  TeamList,
  TeamOverview,
} from "@samplan/shared/api";
import type { AccountId, CaseId } from "@samplan/shared/vocabulary";
import type { Context } from "hono";
import { actorOf } from "../../access/Access.ts";
import { handOverCase } from "../../cases/handOverCase.ts";
import { assignCover, endCover } from "../../team/assignCover.ts";
import { openAsTeamLead } from "../../team/openAsTeamLead.ts";
import { teamFigures } from "../../team/teamFigures.ts";
import { teamOverview } from "../../team/teamOverview.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

const refusals = {
  400: json(ApiError, "Invalid body or id"),
  401: json(ApiError, "Not signed in"),
  403: json(ApiError, "Not a coordinator, or not a team lead"),
  404: json(ApiError, "No such team, account, cover or case in your team"),
};

/**
 * The signed-in team lead and her team, read fresh from her account on every request: a team lead
 * moved or unmade by a coordinator loses the team's routes at once.
 */
async function requireTeamLead(c: Context<AppEnv>, s: Services) {
  const staff = requireStaff(c);
  const account = await s.accounts.findById(staff.accountId);
  if (!account?.team_id || account.leads_team !== 1) throw refuse.forbidden("lead a team");
  const team = await s.teams.find(account.team_id);
  if (!team) throw refuse.forbidden("lead a team");
  return { staff, account, team, by: actorOf(staff) };
}

/**
 * Teams (issue 24 part 3). Coordinators keep the teams as they keep the accounts (there is no
 * administrator); a team lead sees her team's cases, assigns a colleague to cover an absent one
 * for a period, and opens a case to read it for a stated reason. Every reading under a grant is in
 * the trail with its reason (see caseRoutes).
 */
export function registerTeamRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.teams),
      summary: "The teams",
      responses: { 200: json(TeamList, "The teams, by name"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      requireStaff(c);
      return c.json({ teams: await s.teams.list() }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createTeam),
      summary: "Make a team (coordinators, who keep the accounts)",
      request: { body: { ...json(CreateTeamBody, "Its name"), required: true } },
      responses: { 201: json(Team, "The team"), ...refusals, 409: json(ApiError, "A team has that name") },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("make teams");
      const { name } = c.req.valid("json");
      if ((await s.teams.list()).some((team) => team.name.toLowerCase() === name.toLowerCase())) {
        throw new HttpRefusal(409, "team_name_taken", "A team has that name already");
      }
      const team = await s.transaction(async (t) => {
        const made = await t.teams.create(name);
        await t.audit.record({ ...actorOf(staff), action: "team-created", details: { team: name } });
        return made;
      });
      return c.json(team, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.setAccountTeam),
      summary: "Put an account in a team (or none), and say whether it leads it",
      request: {
        params: apiRoutes.setAccountTeam.params,
        body: { ...json(SetAccountTeamBody, "The team and the lead"), required: true },
      },
      responses: { 200: json(AccountTeam, "The account's team"), ...refusals },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("put accounts in teams");
      const { accountId } = c.req.valid("param");
      const { teamId, leadsTeam } = c.req.valid("json");
      const team = teamId === null ? null : await s.teams.find(teamId);
      if (teamId !== null && !team) throw refuse.notFound("team");
      let ended: CaseId[] = [];
      const set = await s.transaction(async (t) => {
        const before = await t.accounts.findById(accountId);
        if (!before || !(await t.teams.setAccountTeam(accountId, teamId, leadsTeam))) return false;
        // A team lead moved or unmade stops reading the team's cases now, not at midnight.
        const stillLeads = team !== null && leadsTeam && before.team_id === teamId;
        if (before.leads_team === 1 && !stillLeads) ended = await t.roster.endGrants(accountId, "teamLead");
        await t.audit.record({
          ...actorOf(staff),
          action: "account-team-set",
          details: { accountId, team: team?.name ?? null, leadsTeam: team !== null && leadsTeam },
        });
        return true;
      });
      if (!set) throw refuse.notFound("account");
      for (const caseId of ended) await s.live.change({ scope: { caseId, accountId }, effect: "withdrawn" });
      return c.json({ accountId: accountId as AccountId, teamId, leadsTeam: team !== null && leadsTeam }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.team),
      summary: "The team lead's team: its coordinators, their cases and the covers",
      responses: { 200: json(TeamOverview, "The team"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      const { team } = await requireTeamLead(c, s);
      return c.json(await teamOverview(s, team), 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.assignCover),
      summary: "A colleague covers for an absent coordinator until the end of a day: then it ends by itself",
      request: { body: { ...json(AssignCoverBody, "Who, for whom, until when and why"), required: true } },
      responses: { 201: json(Cover, "The cover"), ...refusals, 409: json(ApiError, "Not possible so") },
    }),
    async (c) => {
      const { team, by } = await requireTeamLead(c, s);
      const outcome = await assignCover(s, { teamId: team.id, ...by }, c.req.valid("json"));
      if ("refusal" in outcome) {
        const why = {
          "not-in-team": "Both must be active accounts in your team",
          "same-person": "Someone cannot cover for herself",
          "not-a-coordinator": "The cover must be a coordinator",
          "in-the-past": "The cover's last day has passed",
          "too-long": "A cover lasts at most a year; hand the case over instead",
        }[outcome.refusal];
        throw new HttpRefusal(409, "conflict", why);
      }
      const overview = await teamOverview(s, team);
      const cover = overview.covers.find((candidate) => candidate.id === outcome.cover.id);
      if (!cover) throw refuse.notFound("cover");
      return c.json(cover, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.endCover),
      summary: "End a cover before its time: the cover's access and open connections end now",
      request: { params: apiRoutes.endCover.params },
      responses: { 204: { description: "Ended" }, ...refusals },
    }),
    async (c) => {
      const { team, by } = await requireTeamLead(c, s);
      const cover = await s.teams.findCover(team.id, c.req.valid("param").coverId);
      if (!cover) throw refuse.notFound("cover");
      await endCover(s, by, cover);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.openAsTeamLead),
      summary: "The team lead opens one of the team's cases to read it today, for a reason that goes into the trail",
      request: {
        params: apiRoutes.openAsTeamLead.params,
        body: { ...json(OpenAsTeamLeadBody, "Why"), required: true },
      },
      responses: { 204: { description: "Open to read until midnight" }, ...refusals },
    }),
    async (c) => {
      const { staff, team, by } = await requireTeamLead(c, s);
      const { caseId } = c.req.valid("param");
      const lead = { accountId: staff.accountId, name: staff.name, teamId: team.id, ...by };
      const outcome = await openAsTeamLead(s, lead, caseId, c.req.valid("json").reason);
      if (outcome === "not-the-teams") throw refuse.notFound("case");
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.teamFigures),
      summary: "The team's figures, aggregate only: never a citizen, and nothing counted from fewer than 5",
      responses: { 200: json(TeamFigures, "The figures"), 401: refusals[401], 403: refusals[403] },
    }),
    async (c) => {
      const { team } = await requireTeamLead(c, s);
      const caseIds = [...new Set((await s.teams.caseIds(team.id)).map((kase) => kase.caseId))];
      return c.json(await teamFigures({ repos: s, documents: s.documents }, caseIds), 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.handOverAsTeamLead),
      summary: "The team lead hands a case of her team to another of its coordinators, with a note",
      request: {
        params: apiRoutes.handOverAsTeamLead.params,
        body: { ...json(HandOverBody, "To whom, and the note"), required: true },
      },
      responses: { 201: json(HandedOver, "Handed over"), ...refusals },
    }),
    async (c) => {
      const { team, by } = await requireTeamLead(c, s);
      const { caseId } = c.req.valid("param");
      const { toAccountId, note } = c.req.valid("json");
      const owner = (await s.teams.caseIds(team.id)).find((kase) => kase.caseId === caseId);
      if (!owner) throw refuse.notFound("case");
      if (!(await s.teams.members(team.id)).some((account) => account.id === toAccountId)) {
        throw new HttpRefusal(400, "bad_request", "toAccountId must be a coordinator in your team");
      }
      const handedOver = await handOverCase(s, { caseId, fromAccountId: owner.accountId, toAccountId, note, by });
      return c.json(handedOver, 201);
    },
  );
}
