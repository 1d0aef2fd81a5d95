import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Teams, cover and the team lead (issue 24 part 3). A coordinator belongs to a team; a team lead
 * may read the team's cases for a stated reason and assign a colleague to cover an absent one for
 * a period. Both reach a case through a roster row that is a *grant*: it says what kind, why and
 * until when, and from that moment it is as if it were not there, on every instance, with nobody
 * having to remove it.
 */
export const teams: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("teams")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable("accounts")
      .addColumn("team_id", "text", (c) => c.references("teams.id"))
      .execute();
    // A flag, not a third staff role: a team lead is a coordinator (or not) like anyone else, and
    // what leading adds is reached only through the team's own routes and grants.
    await db.schema
      .alterTable("accounts")
      .addColumn("leads_team", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable("case_members").addColumn("grant_kind", "text").execute();
    await db.schema.alterTable("case_members").addColumn("grant_until", "text").execute();
    await db.schema.alterTable("case_members").addColumn("grant_reason", "text").execute();
    await db.schema
      .createTable("covers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("team_id", "text", (c) => c.notNull().references("teams.id"))
      .addColumn("absent_account_id", "text", (c) => c.notNull().references("accounts.id"))
      .addColumn("cover_account_id", "text", (c) => c.notNull().references("accounts.id"))
      .addColumn("until", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("ended_at", "text")
      .execute();
  },
};
