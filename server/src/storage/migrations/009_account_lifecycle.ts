import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * A staff account can be deactivated (it stays, so the audit trail keeps its name) and its
 * password reset by a one-time link. The link's secret is kept only as a hash, like a session's.
 */
export const accountLifecycle: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("accounts").addColumn("deactivated_at", "text").execute();
    await db.schema
      .createTable("password_resets")
      .addColumn("code_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema.createIndex("password_resets_by_account").on("password_resets").column("account_id").execute();
  },
};
