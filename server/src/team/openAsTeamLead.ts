import type { CaseId, TeamLeadReason } from "@samplan/shared/vocabulary";
import { nextCopenhagenMidnight } from "../storage/calendarDay.ts";
import type { Repositories } from "../storage/repositories.ts";

/**
 * The team lead opens one of her team's cases to read it, for a reason she chooses (issue 24):
 * a roster row as observer that is a grant until the day's end, so she reads the plan, the
 * minutes and the network and writes nothing, and tomorrow must say why again. Her own team's
 * cases only. In one transaction with its audit line, which carries the reason.
 */
export async function openAsTeamLead(
  deps: { transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T> },
  lead: { accountId: string; name: string; teamId: string; actor: string; actorRole: string },
  caseId: CaseId,
  reason: TeamLeadReason,
  now = new Date(),
): Promise<"opened" | "not-the-teams"> {
  return deps.transaction(async (t) => {
    const ofTeam = (await t.teams.caseIds(lead.teamId)).some((kase) => kase.caseId === caseId);
    if (!ofTeam) return "not-the-teams";
    // Already on the case in her own right (she coordinates it, or covers it): nothing to grant.
    if (!(await t.roster.findForAccount(caseId, lead.accountId))) {
      await t.roster.add(caseId, {
        name: lead.name,
        role: "observatoer",
        organisation: "",
        profession: "",
        accountId: lead.accountId,
        reminders: "none",
        grant: { kind: "teamLead", until: nextCopenhagenMidnight(now), reason },
      });
    }
    await t.audit.record({
      actor: lead.actor,
      actorRole: lead.actorRole,
      action: "case-opened-by-team-lead",
      caseId,
      details: { reason },
    });
    return "opened";
  });
}
