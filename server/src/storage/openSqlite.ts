import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import { migrationProvider } from "./migrations/index.ts";
import type { DatabaseSchema } from "./schema.ts";

export interface SqliteHandle {
  db: Kysely<DatabaseSchema>;
  /** The same connection Kysely uses, for the few statements that must run synchronously. */
  sqlite: Database.Database;
}

/**
 * Opens (creating if missing) the one SQLite file that holds everything in the embedded default,
 * and brings its schema up to date.
 *
 * WAL with synchronous=NORMAL: a commit is in the log before the statement returns, so a killed
 * process loses nothing it had stored; only a power cut can lose the last moments. FULL would
 * fsync on every keystroke's update and stall the event loop for every meeting.
 */
export async function openSqlite(file: string): Promise<SqliteHandle> {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new Database(file);
  fs.chmodSync(file, 0o600);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    await db.destroy();
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
  return { db, sqlite };
}
