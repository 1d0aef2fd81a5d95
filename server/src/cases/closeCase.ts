import type { CaseClosingReason, CaseId, MeetingId } from "@samplan/shared/vocabulary";
import type { LiveConnections } from "../access/LiveConnections.ts";
import type { MailSchedule } from "../mail/MailSchedule.ts";
import type { Repositories } from "../storage/repositories.ts";

export type CaseClosingRefusal =
  | { refusal: "already-closed" }
  /** A meeting began and was never closed: its minutes come first. */
  | { refusal: "meeting-not-closed"; meetingId: MeetingId; title: string };

interface Deps {
  repos: Repositories;
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
  mailSchedule: MailSchedule;
  live: LiveConnections;
}

/**
 * Forløbet afsluttet (issue 24): the case becomes read-only and is kept until it is deleted. What
 * was still ahead stops with it, in the same transaction as the close: meetings not yet begun are
 * cancelled (everyone invited gets a calendar cancellation), step links and deadline calendars are
 * withdrawn, so no reminder or answer arrives for a plan that is over. Open connections reconnect
 * read-only, on every instance.
 */
export async function closeCase(
  deps: Deps,
  caseId: CaseId,
  reason: CaseClosingReason,
  by: { actor: string; actorRole: string },
  now = new Date(),
): Promise<{ closed: true; meetingsCancelled: number } | CaseClosingRefusal> {
  const unfinished = (await deps.repos.meetings.ofCase(caseId)).find(
    (meeting) => meeting.closedAt === null && Date.parse(meeting.startsAt) <= now.getTime(),
  );
  if (unfinished) return { refusal: "meeting-not-closed", meetingId: unfinished.id, title: unfinished.title };
  const outcome = await deps.transaction(async (t) => {
    if (!(await t.cases.close(caseId, reason, by.actor, now))) return null;
    let meetingsCancelled = 0;
    for (const id of await t.meetings.idsOf(caseId)) {
      const cancelled = await t.meetings.cancel(id, now);
      if (!cancelled) continue;
      meetingsCancelled++;
      await deps.mailSchedule.meetingCancelled(t, cancelled, now);
    }
    const stepLinksRevoked = await t.stepLinks.revokeAllOf(caseId, now);
    await t.calendarFeeds.revokeAllOf(caseId, now);
    await t.audit.record({
      ...by,
      action: "case-closed",
      caseId,
      details: { reason, meetingsCancelled, stepLinksRevoked },
    });
    return { closed: true as const, meetingsCancelled };
  });
  if (!outcome) return { refusal: "already-closed" };
  await deps.live.change({ scope: { caseId }, effect: "read-only" });
  return outcome;
}
