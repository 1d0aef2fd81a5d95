import type { CaseWithMeetings, Principal } from "@samplan/shared/api";
import type { Access } from "../access/Access.ts";
import type { Repositories } from "../storage/repositories.ts";

/**
 * The cases on a coordinator's desk: those she coordinates and sees whole, as Access decides per
 * case (the same rule as every route into a case), and that still run: a closed case needs
 * nothing of her. A guest has none.
 */
export async function casesSheCoordinates(
  deps: { repos: Repositories; access: Access },
  principal: Principal,
): Promise<CaseWithMeetings[]> {
  if (principal.kind !== "staff") return [];
  const cases: CaseWithMeetings[] = [];
  for (const caseId of await deps.repos.roster.caseIdsForAccount(principal.accountId)) {
    const access = await deps.access.inCase(principal, caseId);
    if (access?.role !== "koordinator" || !access.wholeCase) continue;
    const kase = await deps.repos.cases.getCase(caseId);
    if (kase && kase.closedAt === null) cases.push(kase);
  }
  return cases;
}
