import type { Principal } from "@samplan/shared/api";
import type { AccessEffect } from "../../access/AccessChange.ts";
import type { Services } from "../Services.ts";

/**
 * Closes a staff account's live connections on every instance (only those of one session, when
 * given). A change of access is scoped to a case, and staff reach a case through its roster, so
 * one change per case the account is on covers every meeting they can be connected to. How many
 * were closed on this instance.
 */
export async function closeConnectionsOf(
  s: Services,
  accountId: string,
  effect: AccessEffect,
  sessionId?: string,
): Promise<number> {
  let closed = 0;
  for (const caseId of await s.roster.caseIdsForAccount(accountId))
    closed += await s.live.change({ scope: { caseId, accountId, sessionId }, effect });
  return closed;
}

/**
 * Closes the live connections one browser session opened, on every instance: it was signed out,
 * so a connection token it fetched must not keep a socket open (Authentication refuses the
 * reconnect: the session has ended).
 */
export async function closeConnectionsOfSession(s: Services, principal: Principal, sessionId: string): Promise<number> {
  if (principal.kind === "staff") return closeConnectionsOf(s, principal.accountId, "withdrawn", sessionId);
  return s.live.change({
    scope: { caseId: principal.caseId, invitationId: principal.invitationId, sessionId },
    effect: "withdrawn",
  });
}
