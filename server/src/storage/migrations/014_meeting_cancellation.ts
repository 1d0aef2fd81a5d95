import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A planned meeting can be cancelled (issue 18): the row stays, so everyone invited gets a
 * calendar cancellation and the case's export still shows it, but nothing else sees it again.
 * 013 is left for the citizen's preparation, written alongside.
 */
export const meetingCancellation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("meetings").addColumn("cancelled_at", "text").execute();
  },
};
