import type { TeamOverview } from "@samplan/shared/api";
import type { AccountId } from "@samplan/shared/vocabulary";
import type { Repositories } from "../storage/repositories.ts";

/** The team lead's page: the team's coordinators, the cases they coordinate, and the covers. */
export async function teamOverview(repos: Repositories, team: { id: string; name: string }): Promise<TeamOverview> {
  const members = await repos.teams.members(team.id);
  const names = new Map(members.map((account) => [account.id, account.display_name]));
  const owned = await repos.teams.caseIds(team.id);
  const listed = await repos.cases.listCases(owned.map((kase) => kase.caseId));
  const coordinatorOf = new Map(owned.map((kase) => [kase.caseId as string, kase]));
  const covers = await repos.teams.covers(team.id);
  return {
    team,
    coordinators: members
      .filter((account) => account.role === "koordinator")
      .map((account) => ({ accountId: account.id as AccountId, name: account.display_name })),
    cases: listed.map((kase) => ({
      caseId: kase.id,
      citizenName: kase.citizenName,
      coordinatorAccountId: (coordinatorOf.get(kase.id)?.accountId ?? "") as AccountId,
      coordinatorName: coordinatorOf.get(kase.id)?.coordinatorName ?? "",
      nextMeetingAt: kase.nextMeetingAt,
      closedAt: kase.closedAt,
    })),
    covers: await Promise.all(
      covers.map(async (cover) => ({
        id: cover.id,
        absentAccountId: cover.absent_account_id as AccountId,
        absentName: names.get(cover.absent_account_id) ?? "",
        coverAccountId: cover.cover_account_id as AccountId,
        coverName: names.get(cover.cover_account_id) ?? "",
        until: cover.until,
        reason: cover.reason,
        cases: (await repos.roster.grantedCases(cover.cover_account_id, cover.id)).length,
        endedAt: cover.ended_at,
      })),
    ),
  };
}
