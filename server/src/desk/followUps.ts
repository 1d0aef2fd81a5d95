import type { FollowUp, Principal } from "@samplan/shared/api";
import { DESK_CONSENT_DAYS } from "@samplan/shared/api";
import type { Access } from "../access/Access.ts";
import type { Repositories } from "../storage/repositories.ts";
import { casesSheCoordinates } from "./casesSheCoordinates.ts";

/** The order the desk lists them in: what stops people taking part first, then the record, then planning. */
const ORDER: FollowUp["kind"][] = ["consentEnds", "mailUndeliverable", "minutesNotApproved", "noMeetingPlanned"];

/**
 * Skal følges op (issue 24), across every case she coordinates that still runs: consents that end
 * within DESK_CONSENT_DAYS, e-mails the mail server refused for good (until one to the same person
 * goes through), meetings closed but not approved, and cases with no meeting planned.
 */
export async function followUps(
  deps: { repos: Repositories; access: Access },
  principal: Principal,
): Promise<FollowUp[]> {
  const found: FollowUp[] = [];
  for (const kase of await casesSheCoordinates(deps, principal)) {
    const about = { caseId: kase.id, citizenName: kase.citizenName };
    for (const consent of await deps.repos.consents.list(kase.id)) {
      const { daysLeft, validUntil } = consent;
      if (consent.withdrawnAt !== null || daysLeft === null || validUntil === null) continue;
      if (daysLeft < 0 || daysLeft > DESK_CONSENT_DAYS) continue;
      found.push({
        kind: "consentEnds",
        ...about,
        consentId: consent.id,
        purpose: consent.purpose,
        validUntil,
        daysLeft,
      });
    }
    const undeliverable = await deps.repos.outbox.undeliverable(kase.id);
    if (undeliverable.length > 0) {
      const names = new Map(
        (await deps.repos.roster.list(kase.id)).map((member) => [member.id as string, member.name]),
      );
      for (const mail of undeliverable) {
        found.push({
          kind: "mailUndeliverable",
          ...about,
          meetingId: mail.meeting_id,
          memberName: names.get(mail.member_id) ?? "",
          mail: mail.kind,
          failedAt: mail.due_at,
        });
      }
    }
    for (const meeting of kase.meetings) {
      if (meeting.closedAt === null || meeting.approvedAt !== null) continue;
      found.push({
        kind: "minutesNotApproved",
        ...about,
        meetingId: meeting.id,
        title: meeting.title,
        closedAt: meeting.closedAt,
      });
    }
    if (kase.nextMeetingAt === null) {
      // Meetings come newest first.
      found.push({ kind: "noMeetingPlanned", ...about, lastMeetingAt: kase.meetings[0]?.startsAt ?? null });
    }
  }
  return found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
