import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Between meetings, a step's owner answers how it went from a personal link (issue 18): the link
 * (its secret kept only as a hash, like an invitation's) and the answers, which the next meeting
 * reviews. Both go with their case.
 */
export const stepLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("step_links")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("step_id", "text", (c) => c.notNull())
      .addColumn("member_id", "text", (c) => c.notNull().references("case_members.id").onDelete("cascade"))
      .addColumn("secret_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("step_links_by_step").on("step_links").columns(["meeting_id", "step_id"]).execute();
    await db.schema
      .createTable("step_updates")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("step_id", "text", (c) => c.notNull())
      .addColumn("link_id", "text", (c) => c.notNull().references("step_links.id").onDelete("cascade"))
      .addColumn("member_id", "text", (c) => c.notNull())
      .addColumn("written_by", "text", (c) => c.notNull())
      .addColumn("written_by_role", "text", (c) => c.notNull())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("happened_on", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("step_updates_by_case").on("step_updates").columns(["case_id", "created_at"]).execute();
  },
};
