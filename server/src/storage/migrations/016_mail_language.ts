import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/** The language of a person's e-mails (issue 18): Danish, or English where they chose it. */
export const mailLanguage: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("case_members")
      .addColumn("language", "text", (c) => c.notNull().defaultTo("da"))
      .execute();
  },
};
