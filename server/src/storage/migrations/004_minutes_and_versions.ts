import { type Kysely, sql } from "kysely";
import type { Migration } from "kysely/migration";
import { columnTypes } from "./columnTypes.ts";

/**
 * Closing a meeting: who was present, approval, and versions of the record. An approved version
 * is immutable: the database itself refuses to change a version row.
 */
export const minutesAndVersions: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(db);
    await db.schema.alterTable("meetings").addColumn("approved_at", "text").execute();
    await db.schema.alterTable("meetings").addColumn("approved_by", "text").execute();
    await db.schema.alterTable("meetings").addColumn("next_meeting_at", "text").execute();
    await db.schema.alterTable("cases").addColumn("case_reference", "text").execute();
    await db.schema.alterTable("cases").addColumn("kle_number", "text").execute();

    await db.schema
      .createTable("meeting_attendance")
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("member_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("organisation", "text", (c) => c.notNull())
      .addColumn("profession", "text", (c) => c.notNull())
      .addColumn("present", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("meeting_attendance_pk", ["meeting_id", "member_id"])
      .execute();

    await db.schema
      .createTable("meeting_versions")
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("state", types.binary, (c) => c.notNull())
      .addColumn("minutes", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("meeting_versions_pk", ["meeting_id", "number"])
      .execute();

    if (types.postgres) {
      await sql`create function samplan_versions_immutable() returns trigger language plpgsql as $$
        begin raise exception 'meeting versions are immutable'; end $$`.execute(db);
      await sql`create trigger meeting_versions_immutable before update on meeting_versions
        for each row execute function samplan_versions_immutable()`.execute(db);
    } else {
      await sql`create trigger meeting_versions_immutable before update on meeting_versions
        begin select raise(abort, 'meeting versions are immutable'); end`.execute(db);
    }
  },
};
