import type { JoinBody, Principal } from "@samplan/shared/api";
import type { AuditLog } from "../storage/AuditLog.ts";
import { type InvitationRepository, invitationState } from "../storage/InvitationRepository.ts";
import type { RosterRepository } from "../storage/RosterRepository.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import type { AccessLimits } from "./AccessLimits.ts";
import { TooManyAttempts } from "./FailureLimit.ts";
import { type NewSession, sessionEndsFromNow, startSession } from "./newSession.ts";

export interface InvitationJoinDeps {
  invitations: InvitationRepository;
  roster: RosterRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  limits: AccessLimits;
  /** The guest principal an invitation makes (Access). */
  principalOf(invitationId: string): Promise<Principal | null>;
}

export type JoinOutcome =
  | { ok: true; principal: Principal; session: NewSession }
  | { ok: false; reason: "invitation-invalid" | "invitation-expired" | "invitation-revoked" };

/**
 * A guest enters through an invitation: the secret of a personal link, or a join code typed at
 * the table. Wrong guesses are counted per address, links and codes apart; a real invitation
 * that no longer works is no guess, and goes on the case's trail instead.
 */
export class InvitationJoin {
  private readonly s: InvitationJoinDeps;

  constructor(deps: InvitationJoinDeps) {
    this.s = deps;
  }

  async join(body: JoinBody, address: string): Promise<JoinOutcome> {
    const { s } = this;
    const attempt = await ("secret" in body ? s.limits.joinLink : s.limits.joinCode)
      .attempt(address)
      .catch(async (error) => {
        if (error instanceof TooManyAttempts)
          await s.audit.record({
            actor: address,
            actorRole: "unknown",
            action: "join-refused",
            details: { reason: "rate-limited" },
          });
        throw error;
      });
    const invitation =
      "secret" in body ? await s.invitations.findBySecret(body.secret) : await s.invitations.findByCode(body.code);
    if (!invitation) {
      await attempt.failed();
      return { ok: false, reason: "invitation-invalid" };
    }
    // A real invitation, even a withdrawn one, is no guess.
    await attempt.succeeded();
    const state = invitationState(invitation);
    const member = await s.roster.find(invitation.case_id, invitation.member_id);
    if (state !== "valid" || !member) {
      await s.audit.record({
        actor: member?.name ?? "unknown",
        actorRole: member?.role ?? "unknown",
        action: "join-refused",
        caseId: invitation.case_id,
        meetingId: invitation.meeting_id,
        details: { reason: member ? state : "no-longer-on-roster", invitationId: invitation.id },
      });
      return { ok: false, reason: state === "invitation-expired" ? "invitation-expired" : "invitation-revoked" };
    }
    // A code's session is a working day; a link's ends with its invitation, if that comes first.
    const sessionEnds =
      invitation.kind === "code"
        ? sessionEndsFromNow()
        : new Date(Math.min(Date.parse(invitation.expires_at), sessionEndsFromNow().getTime()));
    // Two devices typing the same code at once: only the first gets in.
    if (invitation.kind === "code" && !(await s.invitations.consumeCode(invitation.id, sessionEnds)))
      return { ok: false, reason: "invitation-invalid" };
    const session = await startSession(s.sessions, { invitationId: invitation.id }, sessionEnds);
    await s.invitations.markUsed(invitation.id);
    await s.audit.record({
      actor: member.name,
      actorRole: member.role,
      action: "invitation-used",
      caseId: invitation.case_id,
      meetingId: invitation.meeting_id,
      details: { invitationId: invitation.id, kind: invitation.kind },
    });
    const principal = await s.principalOf(invitation.id);
    // Withdrawn in the moment since it was read: the session just made leads nowhere.
    if (!principal) return { ok: false, reason: "invitation-revoked" };
    return { ok: true, principal, session };
  }
}
