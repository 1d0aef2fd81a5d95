import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * How the meeting was for the citizen (issue 20): her four answers, 1–5 or none, and whether the
 * network may see them. Kept here, not in the meeting's shared document, which every participant's
 * browser holds a copy of: the coordinator reads them, the others only if she says so. One row per
 * meeting and citizen; it goes with its case.
 */
export const meetingRatings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("meeting_ratings")
      .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
      .addColumn("member_id", "text", (c) => c.notNull().references("case_members.id").onDelete("cascade"))
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("heard", "integer")
      .addColumn("mattered", "integer")
      .addColumn("way_of_working", "integer")
      .addColumn("overall", "integer")
      .addColumn("network_may_see", "integer", (c) => c.notNull())
      .addColumn("answered_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("meeting_ratings_pk", ["meeting_id", "member_id"])
      .execute();
    await db.schema.createIndex("meeting_ratings_by_case").on("meeting_ratings").column("case_id").execute();
  },
};
