import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * E-mail between meetings (issue 18). A person on the roster may have an address and a choice of
 * reminders; a meeting may have a video link and counts the versions of its calendar invitation.
 * The outbox holds every message to send, written in the same transaction as the change that
 * causes it, with the time it is due: a reminder weeks ahead is a row, not a timer in memory, so
 * it survives restarts and is sent by whichever instance claims it first. Rows go with their case.
 */
export const outbox: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("case_members").addColumn("email", "text").execute();
    await db.schema
      .alterTable("case_members")
      .addColumn("reminders", "text", (c) => c.notNull().defaultTo("email"))
      .execute();
    await db.schema.alterTable("meetings").addColumn("remote_url", "text").execute();
    await db.schema
      .alterTable("meetings")
      .addColumn("calendar_sequence", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable("outbox")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("step_id", "text")
      .addColumn("member_id", "text", (c) => c.notNull().references("case_members.id").onDelete("cascade"))
      // What the message was scheduled for (a due date, a start time, a calendar sequence): sent
      // only if still true when its time comes.
      .addColumn("about", "text", (c) => c.notNull())
      // One message per kind, person and subject, however many instances or retries write it.
      .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
      .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
      .addColumn("due_at", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("claimed_by", "text")
      .addColumn("claimed_until", "text")
      .addColumn("sent_at", "text")
      .addColumn("last_error", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("outbox_due").on("outbox").columns(["status", "due_at"]).execute();
    await db.schema.createIndex("outbox_by_step").on("outbox").columns(["meeting_id", "step_id"]).execute();
  },
};
