import type { CaseId, MeetingId, OutboxKind } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import { type Kysely, PostgresAdapter, type Selectable, sql } from "kysely";
import type { DatabaseSchema, OutboxTable } from "./schema.ts";

export type OutboxRow = Selectable<OutboxTable>;

export interface NewOutboxMessage {
  kind: OutboxKind;
  caseId: CaseId;
  meetingId: MeetingId;
  stepId: string | null;
  memberId: string;
  /** What it was scheduled for; the sender checks it still holds (see OutboxTable.about). */
  about: string;
  dueAt: Date;
}

/**
 * The outbox: messages written with the change that causes them, claimed by one sender at a time
 * for a lease, and finished as sent, failed or skipped. A sender that dies holding a claim loses
 * it when the lease runs out, and another sends the message instead.
 */
export class OutboxRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /**
   * Adds messages, once each: the same kind, person and subject a second time (a retried request,
   * a meeting closed, reopened and closed again) is already there and is not added again.
   */
  async enqueue(messages: NewOutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const now = new Date().toISOString();
    await this.db
      .insertInto("outbox")
      .values(
        messages.map((m) => ({
          id: newId<string>(),
          kind: m.kind,
          case_id: m.caseId,
          meeting_id: m.meetingId,
          step_id: m.stepId,
          member_id: m.memberId,
          about: m.about,
          dedupe_key: [m.kind, m.meetingId, m.stepId ?? "", m.memberId, m.about].join("|"),
          status: "pending" as const,
          due_at: m.dueAt.toISOString(),
          attempts: 0,
          claimed_by: null,
          claimed_until: null,
          sent_at: null,
          last_error: null,
          created_at: now,
        })),
      )
      .onConflict((conflict) => conflict.column("dedupe_key").doNothing())
      .execute();
  }

  /**
   * Claims up to `limit` messages that are due and not held by a live claim. On PostgreSQL the
   * rows are locked with SKIP LOCKED, so instances claiming at the same moment each get others'
   * rows rather than waiting or taking the same; SQLite has one writer at a time and one instance.
   */
  claim(sender: string, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const postgres = this.db.getExecutor().adapter instanceof PostgresAdapter;
    return this.db.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom("outbox")
        .select("id")
        .where("status", "=", "pending")
        .where("due_at", "<=", at)
        .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", at)]))
        .orderBy("due_at")
        .limit(limit);
      if (postgres) due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((row) => row.id);
      if (ids.length === 0) return [];
      return trx
        .updateTable("outbox")
        .set({ claimed_by: sender, claimed_until: until, attempts: sql<number>`attempts + 1` })
        .where("id", "in", ids)
        .returningAll()
        .execute();
    });
  }

  /** True when the sender still held the claim: a sender whose lease ran out records nothing. */
  async finish(
    id: string,
    sender: string,
    outcome: { status: "sent" | "failed" | "skipped"; at: Date; note?: string },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable("outbox")
      .set({
        status: outcome.status,
        sent_at: outcome.status === "sent" ? outcome.at.toISOString() : null,
        last_error: outcome.note ?? null,
        claimed_until: null,
      })
      .where("id", "=", id)
      .where("claimed_by", "=", sender)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Gives the message back to be tried again at `retryAt` (the mail server did not answer). */
  async retryLater(id: string, sender: string, retryAt: Date, error: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set({ due_at: retryAt.toISOString(), claimed_by: null, claimed_until: null, last_error: error })
      .where("id", "=", id)
      .where("claimed_by", "=", sender)
      .where("status", "=", "pending")
      .execute();
  }

  /**
   * The steps of a case whose reminder the mail server refused for good, by step id (a step keeps
   * its id when the next meeting carries it over).
   */
  async undeliveredSteps(caseId: CaseId): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom("outbox")
      .select("step_id")
      .where("case_id", "=", caseId)
      .where("status", "=", "failed")
      .where("step_id", "is not", null)
      .execute();
    return new Set(rows.map((row) => row.step_id as string));
  }

  /**
   * The case's e-mails the mail server refused for good, while they still matter: until a later
   * e-mail to the same person went through (their address was mended), newest first.
   */
  async undeliverable(caseId: CaseId): Promise<OutboxRow[]> {
    return this.db
      .selectFrom("outbox as failed")
      .selectAll("failed")
      .where("failed.case_id", "=", caseId)
      .where("failed.status", "=", "failed")
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("outbox as later")
              .select("later.id")
              .whereRef("later.member_id", "=", "failed.member_id")
              .where("later.status", "=", "sent")
              .whereRef("later.sent_at", ">", "failed.due_at"),
          ),
        ),
      )
      .orderBy("failed.due_at", "desc")
      .execute();
  }

  /** Who has been sent an invitation to the meeting: whose calendars a cancellation must reach. */
  async invited(meetingId: MeetingId): Promise<string[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .select("member_id")
      .distinct()
      .where("meeting_id", "=", meetingId)
      .where("kind", "=", "meeting-invitation")
      .where("status", "=", "sent")
      .execute();
    return rows.map((row) => row.member_id);
  }

  /** Everything of a meeting's in the outbox, oldest first: for tests and the meeting's record. */
  ofMeeting(meetingId: MeetingId): Promise<OutboxRow[]> {
    return this.db
      .selectFrom("outbox")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("created_at")
      .orderBy("due_at")
      .execute();
  }
}
