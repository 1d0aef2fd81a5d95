import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A case changes hands (issue 24): each hand-over from one coordinator to another, with the note
 * the new one reads first and when she put it away. Names are kept as they were at the time, as
 * the audit trail keeps them; the accounts are not references, since an account is deactivated,
 * never deleted. Rows go with their case.
 */
export const caseHandover: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("case_handovers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("from_account_id", "text", (c) => c.notNull())
      .addColumn("from_name", "text", (c) => c.notNull())
      .addColumn("to_account_id", "text", (c) => c.notNull())
      .addColumn("to_name", "text", (c) => c.notNull())
      .addColumn("note", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("dismissed_at", "text")
      .execute();
    await db.schema
      .createIndex("case_handovers_by_case")
      .on("case_handovers")
      .columns(["case_id", "created_at"])
      .execute();
  },
};
