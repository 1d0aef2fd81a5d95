import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/** Where a meeting is held (issue 18), for its invitation and the reminder the day before. */
export const meetingPlace: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("meetings").addColumn("place", "text").execute();
  },
};
