import type { Member } from "@samplan/shared/api";
import { listNextSteps, type PlanDocument } from "@samplan/shared/model";
import type { StepAnswer } from "@samplan/shared/vocabulary";
import { ownerOnRoster } from "../steps/stepOwner.ts";
import { addCalendarDays, copenhagenDay, daysBetween } from "../storage/calendarDay.ts";
import type { MeetingRow } from "../storage/MeetingRepository.ts";
import type { OutboxRow } from "../storage/OutboxRepository.ts";
import type { Rendered } from "./rendered.ts";
import { mailWords } from "./words.ts";

/** A reminder's link works until two weeks after the deadline: time to answer "Det driller". */
const LINK_DAYS_AFTER_DUE = 14;

export interface StepMessageContext {
  meeting: MeetingRow;
  member: Member;
  roster: Member[];
  plan: PlanDocument;
  /** How its owner last answered from a link, if they have. */
  latestAnswer: StepAnswer | null;
  /** Makes the owner's personal link to this step (audited as every step link is); its path. */
  makeLink(days: number): Promise<string | null>;
  origin: string;
  now: Date;
}

/**
 * "Et skridt skal være gjort om 3 dage" / "skulle have været gjort": the meeting's title, the
 * deadline and the owner's one-tap link. Never the step's words or its goal: an e-mail can be
 * read by anyone who sees the inbox, and the link shows the rest once it is opened.
 */
export async function stepReminder(row: OutboxRow, c: StepMessageContext): Promise<Rendered> {
  const step = listNextSteps(c.plan).find((candidate) => candidate.id === row.step_id);
  if (!step) return { skip: "step gone" };
  if (step.status !== "open") return { skip: "step done" };
  if (step.dueDate !== row.about) return { skip: "deadline moved" };
  if (ownerOnRoster(step.owner, c.roster)?.id !== c.member.id) return { skip: "owner changed" };
  const overdue = row.kind === "step-overdue";
  if (overdue && c.latestAnswer === "done") return { skip: "owner answered done" };
  const today = copenhagenDay(c.now);
  const days = Math.max(1, daysBetween(today, addCalendarDays(step.dueDate, LINK_DAYS_AFTER_DUE)));
  const path = await c.makeLink(days);
  if (!path) return { skip: "no link could be made" };
  const w = mailWords(c.member.language);
  const due = w.day(step.dueDate);
  const yours = c.member.role === "borger" ? w.stepYoursCitizen : w.stepYoursStaff;
  const text = [
    w.greeting(c.member.name),
    overdue ? w.stepWasDue(c.meeting.title, yours, due) : w.stepDue(c.meeting.title, yours, due),
    overdue ? w.askHowItGoesOverdue : w.askHowItGoes,
    `${c.origin}${path}`,
    w.linkValid(w.day(addCalendarDays(today, days))),
    w.signature,
  ];
  return {
    mail: {
      subject: overdue ? w.overdueSubject(c.meeting.title) : w.dueSoonSubject(due),
      text: `${text.join("\n\n")}\n`,
    },
  };
}
