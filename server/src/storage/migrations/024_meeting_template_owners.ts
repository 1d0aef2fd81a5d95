import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A coordinator's copy of a meeting method (issue 20 part 5) is her team's, or hers alone when
 * she has no team. Samplan's own methods have neither.
 */
export const meetingTemplateOwners: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite adds one at a time.
    await db.schema.alterTable("meeting_templates").addColumn("owner_team_id", "text").execute();
    await db.schema.alterTable("meeting_templates").addColumn("owner_account_id", "text").execute();
  },
};
