import type { AuthorRecord, DeletedRange } from "@samplan/shared/model";
import type { Author } from "@samplan/shared/record";
import type { Role } from "@samplan/shared/vocabulary";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.ts";

/**
 * Who wrote under which Yjs client id in a document, and what each person deleted, as the server
 * recorded it (see extensions/Attribution.ts). A client id is bound once, to the first member
 * whose connection sent content under it, and never rebound: the primary key decides between two
 * instances that see the same id at the same moment.
 */
export class AuthorRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** Binds the client ids that are not bound yet to `author`; answers who each of them belongs to now. */
  async bind(documentName: string, clientIds: number[], author: Author): Promise<Map<number, string>> {
    const firstSeenAt = new Date().toISOString();
    await this.db
      .insertInto("document_authors")
      .values(
        clientIds.map((clientId) => ({
          document_name: documentName,
          client_id: clientId,
          member_id: author.memberId,
          name: author.name,
          role: author.role,
          first_seen_at: firstSeenAt,
        })),
      )
      .onConflict((oc) => oc.columns(["document_name", "client_id"]).doNothing())
      .execute();
    const rows = await this.db
      .selectFrom("document_authors")
      .select(["client_id", "member_id"])
      .where("document_name", "=", documentName)
      .where("client_id", "in", clientIds)
      .execute();
    return new Map(rows.map((row) => [Number(row.client_id), row.member_id]));
  }

  async recordDeletion(documentName: string, author: Author, ranges: readonly DeletedRange[]): Promise<void> {
    await this.db
      .insertInto("document_deletions")
      .values({
        document_name: documentName,
        member_id: author.memberId,
        name: author.name,
        role: author.role,
        ranges: JSON.stringify(ranges),
        recorded_at: new Date().toISOString(),
      })
      .execute();
  }

  /** Everything recorded about one document, ready for attributeMeeting. */
  async record(documentName: string, db: Kysely<DatabaseSchema> = this.db): Promise<AuthorRecord> {
    const [clients, deletions] = await Promise.all([
      db.selectFrom("document_authors").selectAll().where("document_name", "=", documentName).execute(),
      db.selectFrom("document_deletions").selectAll().where("document_name", "=", documentName).execute(),
    ]);
    return {
      clients: new Map(clients.map((row) => [Number(row.client_id), authorOf(row)])),
      deletions: deletions.map((row) => ({ author: authorOf(row), ranges: JSON.parse(row.ranges) as DeletedRange[] })),
    };
  }

  /** For the citizen's data export: who wrote in their meetings' documents, and when first. */
  async forDocuments(documentNames: string[]) {
    if (documentNames.length === 0) return { authors: [], deletions: [] };
    const [authors, deletions] = await Promise.all([
      this.db.selectFrom("document_authors").selectAll().where("document_name", "in", documentNames).execute(),
      this.db
        .selectFrom("document_deletions")
        .select(["document_name", "member_id", "name", "role", "recorded_at"])
        .where("document_name", "in", documentNames)
        .execute(),
    ]);
    return { authors: authors.map((row) => ({ ...row, client_id: Number(row.client_id) })), deletions };
  }

  async remove(documentNames: string[], trx: Kysely<DatabaseSchema> = this.db): Promise<void> {
    if (documentNames.length === 0) return;
    await trx.deleteFrom("document_authors").where("document_name", "in", documentNames).execute();
    await trx.deleteFrom("document_deletions").where("document_name", "in", documentNames).execute();
  }
}

function authorOf(row: { member_id: string; name: string; role: Role }): Author {
  return { memberId: row.member_id, name: row.name, role: row.role };
}
