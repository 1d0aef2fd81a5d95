import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "./migrations/index.ts";
import { SqliteDialectClosingFirst } from "./SqliteDialectClosingFirst.ts";
import type { DatabaseSchema } from "./schema.ts";
import { withStatementCache } from "./statementCache.ts";
import { WalCheckpointer, type WalCheckpointerLog } from "./WalCheckpointer.ts";

export type Dialect = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<DatabaseSchema>;
  dialect: Dialect;
  /** Whether the database answers now: for /readyz. */
  ping(): Promise<boolean>;
}

export interface SqliteCheckpoints {
  /** Pause between two checkpoints of the write-ahead log. */
  intervalMs: number;
  /** Past this size the log is started over (and its file cut to this size), not only copied. */
  resetAboveBytes: number;
}

/**
 * Every second, and the log started over past 16 MB: at a thousand keystrokes a second (about
 * 20 KB of log each, whole pages) about one restart a second, each a short hold of the writers'
 * lock, instead of SQLite's own checkpoint (two fsyncs inside an append) every 4 MB. Not more
 * often: every 100 ms meant two fsyncs ten times a second even for a trickle of edits, and on a
 * busy disk the crash chaos test's clients then missed their reconnect (3 runs in 5).
 * docs/benchmarks.md, "Lever: SQLite's WAL checkpoint off the event loop", has the figures.
 */
export const SQLITE_CHECKPOINTS: SqliteCheckpoints = { intervalMs: 1_000, resetAboveBytes: 16 * 1024 * 1024 };

const toStderr: WalCheckpointerLog = {
  warn: (details, message) => console.warn(message, details),
};

/**
 * The embedded default, one SQLite file, or PostgreSQL when a URL is given. Either way the schema
 * is brought up to date by the same migrations.
 */
export async function openDatabase(
  target: { sqliteFile: string } | { postgresUrl: string },
  options: {
    log?: WalCheckpointerLog;
    /** null: SQLite's own checkpoints, inside the appends, as before the worker (for the bench's comparison). */
    checkpoints?: SqliteCheckpoints | null;
  } = {},
): Promise<DatabaseHandle> {
  const handle =
    "postgresUrl" in target
      ? openPostgres(target.postgresUrl)
      : openSqlite(
          target.sqliteFile,
          options.checkpoints === undefined ? SQLITE_CHECKPOINTS : options.checkpoints,
          options.log ?? toStderr,
        );
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
 * fsync on every keystroke's update and stall the event loop for every meeting. Checkpoints (the
 * log copied into the database, which does wait for the disk) run in a worker thread
 * (WalCheckpointer), stopped and joined before the connection closes; the connection's own close
 * then checkpoints what is left and removes the log.
 */
function openSqlite(file: string, checkpoints: SqliteCheckpoints | null, log: WalCheckpointerLog): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new Database(file);
  fs.chmodSync(file, 0o600);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  if (!checkpoints) {
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, dialect: "sqlite", ping: async () => sqlite.open };
  }
  // Applied by this connection when it starts the log over after a checkpoint has caught up.
  sqlite.pragma(`journal_size_limit = ${checkpoints.resetAboveBytes}`);
  sqlite.pragma("wal_autocheckpoint = 0");
  const checkpointer = new WalCheckpointer({ file, ...checkpoints }, log, {
    behind: () => {
      try {
        if (sqlite.open) sqlite.pragma("wal_checkpoint(PASSIVE)");
      } catch (error) {
        log.warn({ file, error: (error as Error).message }, "A WAL checkpoint failed; the next is tried as usual");
      }
    },
    // Without its thread SQLite checkpoints inside appends again, as it did before: slower, bounded.
    gone: () => {
      if (sqlite.open) sqlite.pragma("wal_autocheckpoint = 1000");
    },
  });
  const dialect = new SqliteDialectClosingFirst({ database: withStatementCache(sqlite) }, () => checkpointer.stop());
  const db = new Kysely<DatabaseSchema>({ dialect });
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
