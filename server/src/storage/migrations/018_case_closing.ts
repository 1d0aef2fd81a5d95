import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A case can be closed (forløbet afsluttet, issue 24): it stays, read-only, with why and by whom,
 * until it is deleted. And an invitation records when it was first opened, so the coordinator's
 * desk can say who has not answered yet. 019 is left for the hand-over, written alongside.
 */
export const caseClosing: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("cases").addColumn("closed_at", "text").execute();
    await db.schema.alterTable("cases").addColumn("closed_reason", "text").execute();
    await db.schema.alterTable("cases").addColumn("closed_by", "text").execute();
    await db.schema.alterTable("invitations").addColumn("first_used_at", "text").execute();
  },
};
