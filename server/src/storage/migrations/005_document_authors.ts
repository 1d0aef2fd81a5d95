import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Who wrote what in a meeting's documents, as the server saw it: each Yjs client id bound to the
 * roster member whose connection first sent content under it, and what each member deleted.
 * Kept beside the document rather than inside it, because every participant can write anything
 * into the document itself, and nobody but the server writes these tables.
 */
export const documentAuthors: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("document_authors")
      .addColumn("document_name", "text", (c) => c.notNull())
      // Yjs client ids are unsigned 32-bit: more than PostgreSQL's signed `integer` holds.
      .addColumn("client_id", "bigint", (c) => c.notNull())
      .addColumn("member_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("first_seen_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("document_authors_pk", ["document_name", "client_id"])
      .execute();

    await db.schema
      .createTable("document_deletions")
      .addColumn("document_name", "text", (c) => c.notNull())
      .addColumn("member_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      // A JSON array of [client, clock, length]: the Yjs ids this member's update deleted.
      .addColumn("ranges", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("document_deletions_by_document")
      .on("document_deletions")
      .column("document_name")
      .execute();
  },
};
