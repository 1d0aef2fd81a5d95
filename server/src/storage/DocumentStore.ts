import { CompiledQuery, type Kysely, sql } from "kysely";
import * as Y from "yjs";
import type { DatabaseSchema } from "./schema.ts";

/**
 * Where the Yjs state of every meeting document lives: a snapshot and a log of the updates that
 * arrived after it.
 *
 * An update from a client is appended before the server applies and acknowledges it (see
 * DocumentPersistence), so an acknowledged edit survives the server being killed. Compaction
 * folds the log into the snapshot from what is *stored*, not from a document in memory: with
 * several instances, or a killed one, memory may lack what another instance appended, and
 * folding from storage never drops an update. One compaction per document at a time: in
 * PostgreSQL an advisory lock on the document's name; SQLite has one writer anyway.
 *
 * The same Kysely queries run on SQLite and PostgreSQL.
 */
export class DocumentStore {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly postgres: boolean;
  /** The append's SQL, compiled once by Kysely for this dialect (placeholders and quoting). */
  private readonly appendSql: string;

  constructor(db: Kysely<DatabaseSchema>, dialect: "sqlite" | "postgres") {
    this.db = db;
    this.postgres = dialect === "postgres";
    this.appendSql = db
      .insertInto("document_updates")
      .values({ document_name: "", update: Buffer.alloc(0), received_at: "" })
      .compile().sql;
  }

  /**
   * Resolves once the update is committed. Runs on every keystroke of every meeting, so the query
   * is built once: building and compiling it anew each time cost about as much CPU as SQLite's
   * insert itself (docs/benchmarks.md, "Lever: Samplan's server CPU during fan-out"). The same Kysely
   * connection runs it, as every other query.
   */
  async append(documentName: string, update: Uint8Array): Promise<void> {
    await this.db.executeQuery(
      CompiledQuery.raw(this.appendSql, [documentName, toBuffer(update), new Date().toISOString()]),
    );
  }

  /** The stored snapshot and the updates after it, in the order they arrived. */
  async load(documentName: string, db: Kysely<DatabaseSchema> = this.db): Promise<Uint8Array[]> {
    const { snapshot, updates } = await this.read(documentName, db);
    return snapshot ? [snapshot, ...updates] : updates;
  }

  /**
   * The stored state as one Y.Doc. An update Yjs cannot read is skipped, not fatal to the meeting.
   * `logged` is how many updates were in the log after the snapshot: a long one is worth compacting.
   */
  async loadDoc(
    documentName: string,
    into: Y.Doc = new Y.Doc(),
    db: Kysely<DatabaseSchema> = this.db,
  ): Promise<{ doc: Y.Doc; skipped: number; logged: number }> {
    const { snapshot, updates } = await this.read(documentName, db);
    return { ...applyAll(into, snapshot ? [snapshot, ...updates] : updates), logged: updates.length };
  }

  private async read(documentName: string, db: Kysely<DatabaseSchema>) {
    const snapshot = await db
      .selectFrom("document_snapshots")
      .select("state")
      .where("document_name", "=", documentName)
      .executeTakeFirst();
    const updates = await readRows(documentName, db);
    return { snapshot: snapshot ? toBytes(snapshot.state) : null, updates };
  }

  /** Folds the logged updates into the snapshot, in one transaction. */
  async compact(documentName: string): Promise<{ folded: number }> {
    return this.db.transaction().execute(async (trx) => {
      if (this.postgres) await sql`select pg_advisory_xact_lock(hashtext(${documentName}))`.execute(trx);
      const last = await trx
        .selectFrom("document_updates")
        .select((eb) => eb.fn.max("id").as("id"))
        .where("document_name", "=", documentName)
        .executeTakeFirst();
      const lastId = last?.id == null ? null : Number(last.id);
      if (lastId === null) return { folded: 0 };
      const snapshot = await trx
        .selectFrom("document_snapshots")
        .select("state")
        .where("document_name", "=", documentName)
        .executeTakeFirst();
      const updates = await trx
        .selectFrom("document_updates")
        .select(["id", "update"])
        .where("document_name", "=", documentName)
        .where("id", "<=", lastId)
        .orderBy("id")
        .execute();
      const { doc } = applyAll(new Y.Doc(), [
        ...(snapshot ? [toBytes(snapshot.state)] : []),
        ...updates.map((row) => toBytes(row.update)),
      ]);
      await this.writeSnapshot(trx, documentName, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      // Exactly the rows folded, not every row up to the last id: on PostgreSQL an append can take
      // its id before this transaction reads and commit before it deletes (read committed), and
      // "id <= last" would then delete an update that is in no snapshot. A window of moments,
      // widest when the database is slow (restarting), found by reading rather than by a test.
      const folded = updates.map((row) => row.id);
      for (let i = 0; i < folded.length; i += DELETE_CHUNK) {
        await trx
          .deleteFrom("document_updates")
          .where("id", "in", folded.slice(i, i + DELETE_CHUNK))
          .execute();
      }
      return { folded: updates.length };
    });
  }

  /** The whole state of a document nobody has opened yet: a new meeting's plan or chair document. */
  async seed(documentName: string, state: Uint8Array, trx: Kysely<DatabaseSchema> = this.db): Promise<void> {
    await this.writeSnapshot(trx, documentName, state);
  }

  /** How much is stored for a document: for tests, benchmarks and operators. */
  async size(documentName: string): Promise<{ updates: number; bytes: number }> {
    const length = (column: "update" | "state") =>
      this.postgres ? sql<number>`octet_length(${sql.ref(column)})` : sql<number>`length(${sql.ref(column)})`;
    const updates = await this.db
      .selectFrom("document_updates")
      .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>(length("update")).as("bytes")])
      .where("document_name", "=", documentName)
      .executeTakeFirst();
    const snapshot = await this.db
      .selectFrom("document_snapshots")
      .select(length("state").as("bytes"))
      .where("document_name", "=", documentName)
      .executeTakeFirst();
    return { updates: Number(updates?.n ?? 0), bytes: Number(updates?.bytes ?? 0) + Number(snapshot?.bytes ?? 0) };
  }

  /** Removes everything stored for these documents (deleting a case). */
  async remove(documentNames: string[], trx: Kysely<DatabaseSchema> = this.db): Promise<void> {
    if (documentNames.length === 0) return;
    await trx.deleteFrom("document_updates").where("document_name", "in", documentNames).execute();
    await trx.deleteFrom("document_snapshots").where("document_name", "in", documentNames).execute();
  }

  private async writeSnapshot(trx: Kysely<DatabaseSchema>, documentName: string, state: Uint8Array) {
    await trx
      .insertInto("document_snapshots")
      .values({ document_name: documentName, state: toBuffer(state), updated_at: new Date().toISOString() })
      .onConflict((oc) =>
        oc.column("document_name").doUpdateSet((eb) => ({
          state: eb.ref("excluded.state"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

// Well under SQLite's and PostgreSQL's limits on the parameters of one statement.
const DELETE_CHUNK = 1_000;

function applyAll(doc: Y.Doc, updates: Uint8Array[]): { doc: Y.Doc; skipped: number } {
  // One transaction for all of them: 20,000 keystrokes load in tens of milliseconds this way,
  // where Y.mergeUpdates first took seconds (measured by `pnpm bench`).
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return { doc, skipped: 0 };
  } catch {
    // One unreadable update must not cost the meeting every other one: apply them one by one.
    let skipped = 0;
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        skipped++;
      }
    }
    return { doc, skipped };
  }
}

/** The log's updates, in the order they arrived, one row each. */
async function readRows(documentName: string, db: Kysely<DatabaseSchema>): Promise<Uint8Array[]> {
  const rows = await db
    .selectFrom("document_updates")
    .select("update")
    .where("document_name", "=", documentName)
    .orderBy("id")
    .execute();
  return rows.map((row) => toBytes(row.update));
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function toBytes(value: Uint8Array): Uint8Array {
  return value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);
}
