import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Before a meeting the citizen prepares (issue 18 part 3). Her draft is kept here, not in the
 * meeting's shared document, which every participant's browser holds a copy of: what she has not
 * shared yet must not reach anyone's device. One draft per meeting and citizen; it goes with its case.
 */
export const citizenPreparation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("citizen_preparations")
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("member_id", "text", (c) => c.notNull().references("case_members.id").onDelete("cascade"))
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("went_well", "text", (c) => c.notNull())
      .addColumn("talk_about", "text", (c) => c.notNull())
      // Her scales as JSON, [{ goalId, value }]: read back only with her draft, never queried into.
      .addColumn("scales", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("shared_at", "text")
      .addPrimaryKeyConstraint("citizen_preparations_pk", ["meeting_id", "member_id"])
      .execute();
    await db.schema.createIndex("citizen_preparations_by_case").on("citizen_preparations").column("case_id").execute();
  },
};
