/**
 * Every action the audit trail records: who opened, changed, closed, exported and sent what.
 * One list, so the server can write nothing the trail's page has no words for, and a test can
 * check that every action has a Danish label.
 */
export const AUDIT_ACTIONS = [
  // Signing in and out, and the accounts themselves.
  "signed-in",
  "sign-in-failed",
  "sign-in-refused",
  "signed-out",
  "setup-completed",
  "account-created",
  "account-deactivated",
  "account-reactivated",
  "sessions-ended",
  "password-changed",
  "password-change-refused",
  "password-reset-issued",
  "password-reset-used",
  // Inside a meeting's live documents.
  "joined-meeting",
  "left-meeting",
  "edited-meeting",
  "edit-refused",
  "join-refused",
  "join-refused-repeatedly",
  // Invitations, the roster and consent.
  "invitation-created",
  "invitation-used",
  "invitation-revoked",
  "invited-without-consent",
  "tablet-handed-to-citizen",
  "member-added",
  "member-updated",
  "member-removed",
  "consent-recorded",
  "consent-withdrawn",
  // The case, its meetings and their record.
  "case-created",
  "case-updated",
  "case-exported",
  "case-deleted",
  "case-closed",
  // The case changed hands: from whom to whom (by name), never what the note said.
  "case-handed-over",
  "meeting-created",
  "meeting-closed",
  "meeting-reopened",
  "minutes-approved",
  "minutes-exported",
  "vocabulary-added",
  // Between meetings: a step's owner answers from a personal link.
  "step-link-created",
  "step-link-revoked",
  "step-answered",
  // A meeting moved or got a video link: everyone's calendar invitation is updated.
  "meeting-updated",
  "meeting-cancelled",
  // Samplan's own e-mails: that one was sent, or refused for good, to whom on the roster (never the address).
  "mail-sent",
  "mail-undeliverable",
  // A step's owner chose from their link how they are reminded.
  "reminders-chosen",
  // A step's owner made (or replaced) the secret address of their deadlines as a calendar.
  "calendar-feed-created",
  // The citizen shared what she prepared with the meeting (that she did, never her words).
  "preparation-shared",
  // How the meeting was for her: that she answered or changed her answers and whether the network
  // may see them, never the answers; and who read them, when someone other than she did.
  "meeting-rated",
  "meeting-ratings-read",
  // Teams (issue 24): who leads which, covers, and a team lead's or a cover's reading, with its reason.
  "team-created",
  "account-team-set",
  "cover-assigned",
  "cover-ended",
  "case-opened-by-team-lead",
  "case-read-under-grant",
  // Meeting methods (issue 20 part 5): a coordinator copied one, or changed her copy (a new version).
  "meeting-template-created",
  "meeting-template-changed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
