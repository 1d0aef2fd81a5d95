import type { MeetingPerson, Member } from "@samplan/shared/api";
import type { CaseId, MeetingId, MeetingReadiness } from "@samplan/shared/vocabulary";
import { type InvitationRow, invitationState } from "../storage/InvitationRepository.ts";
import type { Repositories } from "../storage/repositories.ts";

/**
 * Who in the network is ready for a meeting (issue 24's Kommende møder): everyone on the roster
 * but the case's coordinators (she is the one asking), each with how far they are from taking part.
 */
export async function meetingReadiness(
  repos: Pick<Repositories, "roster" | "invitations">,
  caseId: CaseId,
  meetingId: MeetingId,
  now = new Date(),
): Promise<MeetingPerson[]> {
  const invitations = (await repos.invitations.forMeeting(caseId, meetingId)).filter(
    (invitation) => invitationState(invitation, now) === "valid",
  );
  return (await repos.roster.list(caseId))
    .filter((member) => member.role !== "koordinator")
    .map((member) => ({
      memberId: member.id,
      name: member.name,
      role: member.role,
      readiness: readinessOf(
        member,
        invitations.filter((invitation) => invitation.member_id === member.id),
      ),
    }));
}

/**
 * Consent first: without it an invitation leads nowhere (unless the coordinator gave one knowing
 * that, audited). Then a staff account is its own way in; a guest needs an invitation in force,
 * and has answered once they opened it.
 */
function readinessOf(member: Member, invitations: InvitationRow[]): MeetingReadiness {
  const invitedWithoutConsent = invitations.some((invitation) => invitation.without_consent === 1);
  if (!member.consentCovered && !invitedWithoutConsent) return "noConsent";
  if (member.accountId !== null) return "ready";
  if (invitations.length === 0) return "notInvited";
  return invitations.some((invitation) => invitation.first_used_at !== null) ? "ready" : "notAnswered";
}
