import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import { columnTypes } from "./columnTypes.ts";

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(db);
    await db.schema
      .createTable("cases")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("citizen_name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("meetings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("starts_at", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("meetings_by_case").on("meetings").columns(["case_id", "starts_at"]).execute();

    await db.schema
      .createTable("document_snapshots")
      .addColumn("document_name", "text", (c) => c.primaryKey())
      .addColumn("state", types.binary, (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("document_updates")
      .addColumn("id", types.serialId, (c) => (types.postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("document_name", "text", (c) => c.notNull())
      .addColumn("update", types.binary, (c) => c.notNull())
      .addColumn("received_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("document_updates_by_document")
      .on("document_updates")
      .columns(["document_name", "id"])
      .execute();
  },
};
