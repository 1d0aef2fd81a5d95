import { type Kysely, sql } from "kysely";
import type { Migration } from "kysely/migration";
import { columnTypes } from "./columnTypes.ts";

/**
 * Deleting a case removes everything about the citizen, her audit trail included (it names the
 * people around her). What stays is a tombstone: which case (its id and the municipality's case
 * number), who deleted it and when, and how much went with it — nothing about the citizen. The
 * database itself keeps the tombstones append-only: it refuses to change or remove one.
 */
export const caseTombstones: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(db);
    await db.schema
      .createTable("case_tombstones")
      .addColumn("id", types.serialId, (c) => (types.postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("case_id", "text", (c) => c.notNull())
      .addColumn("case_reference", "text")
      .addColumn("deleted_by", "text", (c) => c.notNull())
      .addColumn("deleted_by_role", "text", (c) => c.notNull())
      .addColumn("deleted_at", "text", (c) => c.notNull())
      .addColumn("meetings", "integer", (c) => c.notNull())
      .addColumn("audit_events", "integer", (c) => c.notNull())
      .execute();

    if (types.postgres) {
      await sql`create function samplan_tombstones_append_only() returns trigger language plpgsql as $$
        begin raise exception 'case tombstones are append-only'; end $$`.execute(db);
      await sql`create trigger case_tombstones_append_only before update or delete on case_tombstones
        for each row execute function samplan_tombstones_append_only()`.execute(db);
    } else {
      await sql`create trigger case_tombstones_no_update before update on case_tombstones
        begin select raise(abort, 'case tombstones are append-only'); end`.execute(db);
      await sql`create trigger case_tombstones_no_delete before delete on case_tombstones
        begin select raise(abort, 'case tombstones are append-only'); end`.execute(db);
    }
  },
};
