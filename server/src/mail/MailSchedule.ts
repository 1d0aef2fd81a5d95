import type { Member } from "@samplan/shared/api";
import type { NextStep } from "@samplan/shared/model";
import { ownerOnRoster } from "../steps/stepOwner.ts";
import { addCalendarDays, copenhagenTime } from "../storage/calendarDay.ts";
import type { HandoverRow } from "../storage/HandoverRepository.ts";
import type { MeetingRow } from "../storage/MeetingRepository.ts";
import type { NewOutboxMessage } from "../storage/OutboxRepository.ts";
import type { Repositories } from "../storage/repositories.ts";

/** Reminders go out in the morning, Danish time, not at midnight UTC. */
const MORNING = 8;
/** "Skal være gjort om 3 dage": far enough ahead to still do it. */
export const DUE_SOON_DAYS = 3;
/** No reminder "in 24 hours" for a meeting planned later than that: the invitation says it. */
const TOMORROW_MS = 24 * 3_600_000;

/**
 * Which messages a change of the plan causes, written into the outbox in the change's own
 * transaction (so a change never stands without its messages, or the reverse). What a message says
 * is decided when it is sent (OutboxSender); here only who gets what, and when. Without a mail
 * server configured nothing is scheduled: messages piled up for months would go out stale the day
 * one is set up.
 */
export class MailSchedule {
  readonly enabled: boolean;

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  /** A new meeting: an invitation to everyone reminded by e-mail, and a reminder the day before. */
  async meetingPlanned(t: Repositories, meeting: MeetingRow, byAccount: string | null): Promise<void> {
    await this.invite(t, meeting, byAccount);
  }

  /** A meeting moved, renamed or given a video link: a new version of everyone's invitation. */
  async meetingChanged(t: Repositories, meeting: MeetingRow, byAccount: string | null): Promise<void> {
    await this.invite(t, meeting, byAccount);
  }

  /** A meeting cancelled: a calendar cancellation to everyone who was sent an invitation. */
  async meetingCancelled(t: Repositories, meeting: MeetingRow, now = new Date()): Promise<void> {
    if (!this.enabled) return;
    const invited = await t.outbox.invited(meeting.id);
    await t.outbox.enqueue(
      invited.map((memberId) => ({
        kind: "meeting-cancelled" as const,
        caseId: meeting.case_id,
        meetingId: meeting.id,
        stepId: null,
        memberId,
        about: String(meeting.calendar_sequence),
        dueAt: now,
      })),
    );
  }

  /**
   * A meeting closed: each open step with a deadline and an owner reminded by e-mail gets a
   * reminder three days before (unless that has passed: they agreed it just now) and one the day
   * after, if it is not done by then.
   */
  async stepsAgreed(t: Repositories, meeting: MeetingRow, steps: NextStep[], now = new Date()): Promise<void> {
    if (!this.enabled) return;
    const reachable = (await t.roster.list(meeting.case_id)).filter(remindedByEmail);
    const messages: NewOutboxMessage[] = [];
    for (const step of steps) {
      if (step.status !== "open" || !step.dueDate) continue;
      const owner = ownerOnRoster(step.owner, reachable);
      if (!owner) continue;
      const base = { caseId: meeting.case_id, meetingId: meeting.id, stepId: step.id, memberId: owner.id };
      const soon = copenhagenTime(addCalendarDays(step.dueDate, -DUE_SOON_DAYS), MORNING);
      if (soon > now) messages.push({ ...base, kind: "step-due-soon", about: step.dueDate, dueAt: soon });
      const overdue = copenhagenTime(addCalendarDays(step.dueDate, 1), MORNING);
      messages.push({ ...base, kind: "step-overdue", about: step.dueDate, dueAt: overdue });
    }
    await t.outbox.enqueue(messages);
  }

  /**
   * The case changed hands: the citizen is told her new coordinator's name, if she chose e-mail.
   * An outbox row belongs to a meeting (its column is NOT NULL, and a message goes with its meeting
   * when that is deleted), so the message is filed under the case's latest meeting. A case with no
   * meeting sends none: she has not been invited to anything yet, and her view says who her
   * coordinator is once she is.
   */
  async coordinatorChanged(t: Repositories, handover: HandoverRow, now = new Date()): Promise<void> {
    if (!this.enabled) return;
    const meetings = await t.meetings.rowsOf(handover.case_id);
    const latest = meetings.filter((meeting) => !meeting.cancelled_at).at(-1) ?? meetings.at(-1);
    if (!latest) return;
    const citizens = (await t.roster.list(handover.case_id)).filter(
      (member) => member.role === "borger" && remindedByEmail(member),
    );
    await t.outbox.enqueue(
      citizens.map((member) => ({
        kind: "coordinator-changed" as const,
        caseId: handover.case_id,
        meetingId: latest.id,
        stepId: null,
        memberId: member.id,
        // Which hand-over: a later one supersedes this message if it is still waiting.
        about: handover.id,
        dueAt: now,
      })),
    );
  }

  private async invite(t: Repositories, meeting: MeetingRow, byAccount: string | null, now = new Date()) {
    if (!this.enabled) return;
    // The coordinator who planned it has it in front of her; everyone else on the roster is told.
    const people = (await t.roster.list(meeting.case_id)).filter(
      (member) => remindedByEmail(member) && (byAccount === null || member.accountId !== byAccount),
    );
    const startsAt = new Date(meeting.starts_at);
    const tomorrow = new Date(startsAt.getTime() - TOMORROW_MS);
    const messages = people.flatMap((member): NewOutboxMessage[] => {
      const base = { caseId: meeting.case_id, meetingId: meeting.id, stepId: null, memberId: member.id };
      return [
        { ...base, kind: "meeting-invitation", about: String(meeting.calendar_sequence), dueAt: now },
        ...(tomorrow > now
          ? [{ ...base, kind: "meeting-tomorrow" as const, about: meeting.starts_at, dueAt: tomorrow }]
          : []),
      ];
    });
    await t.outbox.enqueue(messages);
  }
}

/** Someone Samplan may write to: an address, reminders by e-mail chosen, and covered by her consent. */
export function remindedByEmail(member: Member): boolean {
  return Boolean(member.email) && member.reminders === "email" && member.consentCovered;
}
