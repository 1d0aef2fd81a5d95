import type Database from "better-sqlite3";
import type { Compilable, Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.ts";

/**
 * Where the Yjs state of every meeting document lives.
 *
 * Every update is appended the moment the server applies it, synchronously, before Hocuspocus
 * acknowledges it to the sender; so an update a client saw acknowledged survives a SIGKILL.
 * Now and then (after edits settle, and when the last participant leaves) the document is
 * compacted: its merged state replaces the updates it already contains.
 *
 * The queries are written once with Kysely and compiled; on SQLite they run on the synchronous
 * better-sqlite3 connection, which is what lets an append finish inside Yjs's update event.
 */
export class DocumentStore {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly db: Kysely<DatabaseSchema>;
  private readonly sqlite: Database.Database;

  constructor(db: Kysely<DatabaseSchema>, sqlite: Database.Database) {
    this.db = db;
    this.sqlite = sqlite;
  }

  append(documentName: string, update: Uint8Array): void {
    this.run(
      this.db.insertInto("document_updates").values({
        document_name: documentName,
        update: toBuffer(update),
        received_at: new Date().toISOString(),
      }),
    );
  }

  /** The stored snapshot and the updates after it, in the order they arrived. */
  load(documentName: string): Uint8Array[] {
    const snapshot = this.all<{ state: Uint8Array }>(
      this.db.selectFrom("document_snapshots").select("state").where("document_name", "=", documentName),
    );
    const updates = this.all<{ update: Uint8Array }>(
      this.db.selectFrom("document_updates").select("update").where("document_name", "=", documentName).orderBy("id"),
    );
    return [...snapshot.map((row) => row.state), ...updates.map((row) => row.update)];
  }

  /**
   * Replaces the document's snapshot and its logged updates by `state`, in one transaction.
   * `state` must contain every update appended so far; the caller encodes it from the live
   * document in the same tick, and appends are synchronous, so none can slip in between.
   */
  compact(documentName: string, state: Uint8Array): void {
    this.sqlite.transaction(() => {
      this.run(
        this.db
          .insertInto("document_snapshots")
          .values({ document_name: documentName, state: toBuffer(state), updated_at: new Date().toISOString() })
          .onConflict((oc) =>
            oc.column("document_name").doUpdateSet((eb) => ({
              state: eb.ref("excluded.state"),
              updated_at: eb.ref("excluded.updated_at"),
            })),
          ),
      );
      this.run(this.db.deleteFrom("document_updates").where("document_name", "=", documentName));
    })();
  }

  /** How much is stored for a document: for tests, benchmarks and deciding when to compact. */
  size(documentName: string): { updates: number; bytes: number } {
    const [updates] = this.all<{ n: number; bytes: number | null }>(
      this.db
        .selectFrom("document_updates")
        .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>(eb.fn("length", ["update"])).as("bytes")])
        .where("document_name", "=", documentName),
    );
    const [snapshot] = this.all<{ bytes: number }>(
      this.db
        .selectFrom("document_snapshots")
        .select((eb) => eb.fn<number>("length", ["state"]).as("bytes"))
        .where("document_name", "=", documentName),
    );
    return { updates: updates?.n ?? 0, bytes: (updates?.bytes ?? 0) + (snapshot?.bytes ?? 0) };
  }

  private statement(query: Compilable): { statement: Database.Statement; parameters: readonly unknown[] } {
    const compiled = query.compile();
    let statement = this.statements.get(compiled.sql);
    if (!statement) {
      statement = this.sqlite.prepare(compiled.sql);
      this.statements.set(compiled.sql, statement);
    }
    return { statement, parameters: compiled.parameters };
  }

  private run(query: Compilable): void {
    const { statement, parameters } = this.statement(query);
    statement.run(...parameters);
  }

  private all<Row>(query: Compilable): Row[] {
    const { statement, parameters } = this.statement(query);
    return statement.all(...parameters) as Row[];
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
