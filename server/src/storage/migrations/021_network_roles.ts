import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Two roles at the table (issue 21): the citizen's own people, with how each is hers (a kind —
 * familie, ven, mentor, bisidder — and her word for it, "bror"); and the interpreter, with when
 * the coordinator confirmed they are 18 or over. Empty for everyone else.
 */
export const networkRoles: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("case_members").addColumn("relation_kind", "text").execute();
    await db.schema.alterTable("case_members").addColumn("relation_label", "text").execute();
    await db.schema.alterTable("case_members").addColumn("adult_confirmed_at", "text").execute();
  },
};
