import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Who works with what (issue 20): the life areas the coordinator said a person on the roster works
 * with, as a JSON array of LifeArea. Null, as for everyone already on a roster, means they are read
 * from the person's profession and organisation instead (shared/src/vocabulary/lifeAreas.ts).
 */
export const memberAreas: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("case_members").addColumn("areas", "text").execute();
  },
};
