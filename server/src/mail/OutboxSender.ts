import { randomUUID } from "node:crypto";
import { createMeetingDocument } from "@samplan/shared/model";
import { meetingDocumentName } from "@samplan/shared/vocabulary";
import type { Logger } from "../logger.ts";
import type { StepFollowUp } from "../steps/StepFollowUp.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { OutboxRow } from "../storage/OutboxRepository.ts";
import type { Repositories } from "../storage/repositories.ts";
import { coordinatorChanged } from "./handoverMessages.ts";
import { remindedByEmail } from "./MailSchedule.ts";
import { MailRefused, type MailSender } from "./MailSender.ts";
import { meetingCancelled, meetingInvitation, meetingTomorrow } from "./meetingMessages.ts";
import type { Rendered } from "./rendered.ts";
import { stepReminder } from "./stepMessages.ts";

export interface OutboxSenderOptions {
  repos: Repositories;
  documents: DocumentStore;
  steps: StepFollowUp;
  mail: MailSender;
  /** The From address, also the calendar events' organiser. */
  from: string;
  /** Where links in e-mails point: SAMPLAN_PUBLIC_URL, or the server's own address. */
  origin: string;
  log: Logger;
  /** How often the outbox is looked at; a claim is held `leaseMs`, longer than one send can take. */
  pollMs: number;
  leaseMs: number;
  /** The first wait after a mail server did not answer; it doubles up to `maxRetryMs`. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** After this long without success a message is given up as undeliverable. */
  giveUpMs: number;
}

/** How many messages one round claims: a round stays short, and the next comes soon after. */
const BATCH = 20;

/**
 * Sends what is due in the outbox. Every instance runs one; a message goes to whichever claims it
 * first (OutboxRepository.claim), is sent, and is marked sent only by the sender still holding the
 * claim. A mail server that does not answer gets the message again later, with back-off; one that
 * refuses it for good marks it undeliverable, which the coordinator sees on the step. A message
 * is sent at most once unless an instance dies after the server accepted it and before the row
 * was marked; the fixed Message-ID lets mail programs drop that rare second copy.
 */
export class OutboxSender {
  private readonly o: OutboxSenderOptions;
  /** This process's name on its claims. */
  readonly id = `sender-${randomUUID()}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(options: OutboxSenderOptions) {
    this.o = options;
  }

  start(): void {
    const loop = async () => {
      await this.runOnce().catch((error) => this.o.log.error({ err: error }, "outbox round failed"));
      if (!this.stopped) this.timer = setTimeout(loop, this.o.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => {});
    this.o.mail.close();
  }

  /** One round: claims what is due at `now` and sends it. How many messages it finished or put back. */
  runOnce(now = new Date()): Promise<number> {
    // One round at a time in this process: a test calling it and the timer never overlap.
    const previous = this.running ?? Promise.resolve(0);
    const round = previous.catch(() => 0).then(() => this.round(now));
    this.running = round;
    return round;
  }

  private async round(now: Date): Promise<number> {
    const claimed = await this.o.repos.outbox.claim(this.id, now, this.o.leaseMs, BATCH);
    for (const row of claimed) await this.deliver(row, now);
    return claimed.length;
  }

  private async deliver(row: OutboxRow, now: Date): Promise<void> {
    const { repos, log } = this.o;
    let rendered: Rendered;
    let to: string | null = null;
    try {
      const found = await this.render(row, now);
      rendered = found.rendered;
      to = found.to;
    } catch (error) {
      // Reading the plan failed (the database is away): try again later like a silent mail server.
      await this.retry(row, now, error);
      return;
    }
    if ("skip" in rendered) {
      await repos.outbox.finish(row.id, this.id, { status: "skipped", at: now, note: rendered.skip });
      return;
    }
    try {
      await this.o.mail.send({ ...rendered.mail, to: to as string, messageId: `<${row.id}@samplan>` });
    } catch (error) {
      if (error instanceof MailRefused) {
        await this.undeliverable(row, now, `refused: ${error.message}`);
        return;
      }
      await this.retry(row, now, error);
      return;
    }
    const finished = await repos.outbox.finish(row.id, this.id, { status: "sent", at: now });
    if (!finished) log.warn({ outboxId: row.id }, "a message was sent after its claim ran out");
    await repos.audit.record({
      actor: "Samplan",
      actorRole: "system",
      action: "mail-sent",
      caseId: row.case_id,
      meetingId: row.meeting_id,
      details: { kind: row.kind, memberId: row.member_id, ...(row.step_id ? { stepId: row.step_id } : {}) },
    });
  }

  /** The message as it reads now, to whom; or why it is no longer sent. */
  private async render(row: OutboxRow, now: Date): Promise<{ rendered: Rendered; to: string | null }> {
    const { repos, documents, origin, from } = this.o;
    const roster = await repos.roster.list(row.case_id);
    const member = roster.find((candidate) => candidate.id === row.member_id);
    if (!member) return { rendered: { skip: "no longer on the roster" }, to: null };
    if (!remindedByEmail(member)) return { rendered: { skip: "no e-mail reminders now" }, to: null };
    const meeting = await repos.meetings.row(row.meeting_id);
    if (!meeting) return { rendered: { skip: "meeting gone" }, to: null };
    const context = { meeting, member, origin, from, now };
    if (row.kind === "meeting-invitation") return { rendered: meetingInvitation(row, context), to: member.email };
    if (row.kind === "meeting-tomorrow") return { rendered: meetingTomorrow(row, context), to: member.email };
    if (row.kind === "meeting-cancelled") return { rendered: meetingCancelled(row, context), to: member.email };
    // A closed case's plan is over: its steps are no one's to do now (its cancellations still go).
    if (await repos.cases.isClosed(row.case_id)) return { rendered: { skip: "case closed" }, to: null };
    if (row.kind === "coordinator-changed") {
      const handover = await repos.handovers.find(row.about);
      const latest = await repos.handovers.latest(row.case_id);
      return { rendered: coordinatorChanged({ handover, latest, member, origin }), to: member.email };
    }
    const { doc } = await documents.loadDoc(meetingDocumentName(meeting.id), createMeetingDocument());
    try {
      const answers = row.step_id ? await repos.stepUpdates.forStep(meeting.id, row.step_id) : [];
      const rendered = await stepReminder(row, {
        ...context,
        roster,
        plan: doc,
        latestAnswer: answers.at(-1)?.answer ?? null,
        makeLink: async (days) => {
          const made = await this.o.steps.createLink({
            caseId: meeting.case_id,
            meetingId: meeting.id,
            stepId: row.step_id ?? "",
            days,
            by: { actor: "Samplan", actorRole: "system" },
          });
          return "created" in made ? made.created.path : null;
        },
      });
      return { rendered, to: member.email };
    } finally {
      doc.destroy();
    }
  }

  private async retry(row: OutboxRow, now: Date, error: unknown): Promise<void> {
    const reason = describe(error);
    if (now.getTime() - Date.parse(row.created_at) > this.o.giveUpMs) {
      await this.undeliverable(row, now, `gave up: ${reason}`);
      return;
    }
    const wait = Math.min(this.o.maxRetryMs, this.o.firstRetryMs * 2 ** Math.max(0, row.attempts - 1));
    // The address stays out of the log: the outbox row says whom it was for.
    this.o.log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts, reason }, "mail not sent; will retry");
    await this.o.repos.outbox.retryLater(row.id, this.id, new Date(now.getTime() + wait), reason);
  }

  private async undeliverable(row: OutboxRow, now: Date, reason: string): Promise<void> {
    const { repos, log } = this.o;
    log.warn({ outboxId: row.id, kind: row.kind, reason }, "mail undeliverable");
    if (!(await repos.outbox.finish(row.id, this.id, { status: "failed", at: now, note: reason }))) return;
    await repos.audit.record({
      actor: "Samplan",
      actorRole: "system",
      action: "mail-undeliverable",
      caseId: row.case_id,
      meetingId: row.meeting_id,
      details: { kind: row.kind, memberId: row.member_id, ...(row.step_id ? { stepId: row.step_id } : {}) },
    });
  }
}

/** An error as a short code for the row and the log: never the message text, which can hold an address. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : "unknown";
}
