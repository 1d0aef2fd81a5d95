import { z } from "zod";
import type { ConnectionContext } from "./ConnectionContext.ts";

/**
 * Which live connections a change of access concerns. Every field given must match; a list matches
 * any of its entries. Plain data rather than a closure, so the change can be published to every
 * instance: the person it concerns may be connected to any of them.
 */
export const AccessScope = z.object({
  caseId: z.string().min(1),
  meetingId: z.string().min(1).optional(),
  memberIds: z.array(z.string().min(1)).optional(),
  invitationId: z.string().min(1).optional(),
  accountId: z.string().min(1).optional(),
  /** The connections of one browser session (it was signed out). */
  sessionId: z.string().min(1).optional(),
  /** Connections let in by one of these invitations are left alone (an audited invitation without consent). */
  exceptInvitationIds: z.array(z.string().min(1)).optional(),
});
export type AccessScope = z.infer<typeof AccessScope>;

/**
 * What happened to the connections in scope:
 * - `withdrawn`: they may no longer be there at all (invitation revoked, off the roster, consent
 *   withdrawn, case deleted); the reconnect is refused, with the reason.
 * - `read-only`: they may stay but write nothing (made an observer, meeting closed or approved).
 * - `reconnect`: what they may do changed in a way only a fresh connection learns (a meeting
 *   reopened, a session ended on a shared tablet); a reconnect with a good session carries on.
 */
export const AccessEffect = z.enum(["withdrawn", "read-only", "reconnect"]);
export type AccessEffect = z.infer<typeof AccessEffect>;

export const AccessChange = z.object({ scope: AccessScope, effect: AccessEffect });
export type AccessChange = z.infer<typeof AccessChange>;

/** The parts of a connection's context a scope is matched against. */
export type ScopedContext = Pick<
  ConnectionContext,
  "caseId" | "meetingId" | "memberId" | "invitationId" | "accountId" | "sessionId"
>;

export function affects(scope: AccessScope, context: ScopedContext): boolean {
  if (context.caseId !== scope.caseId) return false;
  if (scope.meetingId !== undefined && context.meetingId !== scope.meetingId) return false;
  if (scope.memberIds !== undefined && !scope.memberIds.includes(context.memberId)) return false;
  if (scope.invitationId !== undefined && context.invitationId !== scope.invitationId) return false;
  if (scope.accountId !== undefined && context.accountId !== scope.accountId) return false;
  if (scope.sessionId !== undefined && context.sessionId !== scope.sessionId) return false;
  if (context.invitationId && scope.exceptInvitationIds?.includes(context.invitationId)) return false;
  return true;
}

/** How a connection is closed for each effect: the client reconnects and is told the rest. */
export const CLOSE_FOR: Record<AccessEffect, { code: number; reason: string }> = {
  withdrawn: { code: 4403, reason: "access-withdrawn" },
  "read-only": { code: 4409, reason: "access-changed" },
  reconnect: { code: 4409, reason: "access-changed" },
};
