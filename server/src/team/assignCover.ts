import type { AssignCoverBody } from "@samplan/shared/api";
import type { LiveConnections } from "../access/LiveConnections.ts";
import { addCalendarDays, copenhagenDay, copenhagenTime, nextCopenhagenMidnight } from "../storage/calendarDay.ts";
import type { Repositories } from "../storage/repositories.ts";
import type { CoverRow } from "../storage/TeamRepository.ts";

export type CoverRefusal = "not-in-team" | "same-person" | "not-a-coordinator" | "in-the-past" | "too-long";

/** A cover is for an absence, not for good: a longer one is a hand-over. */
const LONGEST_COVER_DAYS = 366;

/** The first moment after a cover's last Copenhagen day: when its grants stop counting by themselves. */
export function coverEnds(until: string): Date {
  return nextCopenhagenMidnight(copenhagenTime(until, 12));
}

/**
 * A colleague covers for an absent coordinator (issue 24): for every case the absent one
 * coordinates now, the cover gets a roster row as coordinator that is a grant ending after the
 * last day, so her access ends by itself, on every instance. Both must be active coordinators of
 * the team lead's own team. In one transaction with its audit line.
 */
export async function assignCover(
  deps: { transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T> },
  lead: { teamId: string; actor: string; actorRole: string },
  body: AssignCoverBody,
  now = new Date(),
): Promise<{ cover: CoverRow; cases: number } | { refusal: CoverRefusal }> {
  if (body.absentAccountId === body.coverAccountId) return { refusal: "same-person" };
  if (body.until < copenhagenDay(now)) return { refusal: "in-the-past" };
  if (body.until > addCalendarDays(copenhagenDay(now), LONGEST_COVER_DAYS)) return { refusal: "too-long" };
  return deps.transaction(async (t) => {
    const team = await t.teams.members(lead.teamId);
    const absent = team.find((account) => account.id === body.absentAccountId);
    const cover = team.find((account) => account.id === body.coverAccountId);
    if (!absent || !cover) return { refusal: "not-in-team" as const };
    if (cover.role !== "koordinator") return { refusal: "not-a-coordinator" as const };
    const row = await t.teams.addCover({ ...body, teamId: lead.teamId, createdBy: lead.actor });
    const until = coverEnds(body.until);
    const caseIds = (await t.teams.caseIds(lead.teamId))
      .filter((kase) => kase.accountId === absent.id)
      .map((kase) => kase.caseId);
    for (const caseId of caseIds) {
      await t.roster.add(caseId, {
        name: cover.display_name,
        role: "koordinator",
        organisation: "",
        profession: "",
        accountId: cover.id,
        reminders: "none",
        // A cover's row names the cover it comes from; the cover holds the reason.
        grant: { kind: "cover", until, reason: row.id },
      });
    }
    await t.audit.record({
      actor: lead.actor,
      actorRole: lead.actorRole,
      action: "cover-assigned",
      details: {
        cover: cover.display_name,
        for: absent.display_name,
        until: body.until,
        reason: body.reason,
        cases: caseIds.length,
      },
    });
    return { cover: row, cases: caseIds.length };
  });
}

/** Ends a cover before its time: its grants stop now, and the cover's open connections close. */
export async function endCover(
  deps: { transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>; live: LiveConnections },
  lead: { actor: string; actorRole: string },
  cover: CoverRow,
  now = new Date(),
): Promise<boolean> {
  const caseIds = await deps.transaction(async (t) => {
    const granted = await t.roster.grantedCases(cover.cover_account_id, cover.id);
    if (!(await t.teams.endCover(cover, now))) return null;
    await t.audit.record({ ...lead, action: "cover-ended", details: { cover: cover.id } });
    return granted;
  });
  if (caseIds === null) return false;
  for (const caseId of caseIds) {
    await deps.live.change({ scope: { caseId, accountId: cover.cover_account_id }, effect: "withdrawn" });
  }
  return true;
}
