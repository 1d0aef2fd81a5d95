import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "./migrations/index.ts";
import type { DatabaseSchema } from "./schema.ts";
import { withStatementCache } from "./statementCache.ts";

export type Dialect = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<DatabaseSchema>;
  dialect: Dialect;
  /** Whether the database answers now: for /readyz. */
  ping(): Promise<boolean>;
}

/**
 * The embedded default, one SQLite file, or PostgreSQL when a URL is given. Either way the schema
 * is brought up to date by the same migrations.
 */
export async function openDatabase(target: { sqliteFile: string } | { postgresUrl: string }): Promise<DatabaseHandle> {
  const handle = "postgresUrl" in target ? openPostgres(target.postgresUrl) : openSqlite(target.sqliteFile);
  try {
    const { error, results } = await new Migrator({ db: handle.db, provider: migrationProvider }).migrateToLatest();
    const failed = results?.find((r) => r.status === "Error");
    if (error || failed) throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  } catch (error) {
    await handle.db.destroy();
    throw error;
  }
  return handle;
}

/**
 * WAL with synchronous=NORMAL: a commit is in the log before the statement returns, so a killed
 * process loses nothing it had stored; only a power cut can lose the last moments. FULL would
 * fsync on every keystroke's update and stall the event loop for every meeting.
 */
function openSqlite(file: string): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new Database(file);
  fs.chmodSync(file, 0o600);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: "sqlite", ping: async () => sqlite.open };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A dropped connection in the pool is an event, not a crash; /readyz reports the database's state.
  pool.on("error", () => {});
  // The pool listens for errors only on idle connections. One checked out in a transaction, between
  // two statements, when PostgreSQL restarts, emits its error to nobody, and an unheard "error"
  // ends the process. Heard here, the next statement fails instead and the pool drops the connection.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    ping: async () => {
      try {
        await pool.query("select 1");
        return true;
      } catch {
        return false;
      }
    },
  };
}
