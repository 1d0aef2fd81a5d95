import type { AccessEffect } from "../../access/AccessChange.ts";
import type { Services } from "../Services.ts";

/**
 * Closes a staff account's live connections on every instance. A change of access is scoped to a
 * case, and staff reach a case through its roster, so one change per case the account is on covers
 * every meeting they can be connected to. How many were closed on this instance.
 */
export async function closeConnectionsOf(s: Services, accountId: string, effect: AccessEffect): Promise<number> {
  let closed = 0;
  for (const caseId of await s.roster.caseIdsForAccount(accountId))
    closed += await s.live.change({ scope: { caseId, accountId }, effect });
  return closed;
}
