import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A meeting remembers the key of the request that created it, so a retried request finds it
 * instead of creating (and carrying over into) a second one; and when it was closed.
 */
export const meetingLifecycle: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("meetings").addColumn("idempotency_key", "text").execute();
    await db.schema.alterTable("meetings").addColumn("closed_at", "text").execute();
    await db.schema
      .createIndex("meetings_by_idempotency_key")
      .on("meetings")
      .columns(["case_id", "idempotency_key"])
      .unique()
      .execute();
  },
};
