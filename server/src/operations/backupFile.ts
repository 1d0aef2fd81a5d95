import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import { migrationProvider } from "../storage/migrations/index.ts";

/**
 * A Samplan backup is one SQLite file: a consistent copy of the store, plus one table of our own
 * (`samplan_backup`) saying what it is, when it was taken and — when the server generated it into
 * its data directory — the token secret. One file to keep, to check and to restore, readable by
 * any SQLite tool; the restore takes the table out again.
 */
export const MANIFEST_TABLE = "samplan_backup";
/** Raised when a later Samplan changes what a backup holds; an older restore refuses it. */
export const BACKUP_FORMAT = "1";

export interface BackupManifest {
  format: string;
  /** When the copy's read transaction began: it holds everything stored before then. */
  takenAt: string;
  /** The last migration the copied store had run. */
  migration: string;
  /** The generated token secret from the data directory; null when it came from SAMPLAN_TOKEN_SECRET. */
  tokenSecret: string | null;
}

/** A refusal the operator can act on: the commands print its message alone, without a stack. */
export class OperationRefused extends Error {
  override name = "OperationRefused";
}

const MIGRATION_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);

/**
 * Opens a backup and checks it through before anything is restored from it: an SQLite file that
 * passes integrity_check and foreign_key_check, made by `backup` in a format this Samplan reads,
 * whose migrations are all ones this Samplan knows (a backup from a newer version is refused: its
 * schema may hold what this code would not keep), with exactly the tables those migrations make.
 */
export async function checkBackup(file: string): Promise<BackupManifest> {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new OperationRefused(`cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    } catch (error) {
      // SQLITE_NOTADB: not SQLite at all; anything else (SQLITE_CORRUPT): SQLite, but broken.
      throw new OperationRefused(
        (error as { code?: string }).code === "SQLITE_NOTADB"
          ? `${file} is not an SQLite database`
          : `${file} is damaged: ${(error as Error).message}`,
      );
    }
    if (integrity.join() !== "ok") {
      throw new OperationRefused(`${file} is damaged: integrity_check says ${integrity.slice(0, 5).join("; ")}`);
    }
    const tables = new Set(
      db
        .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
        .pluck()
        .all() as string[],
    );
    if (!tables.has(MANIFEST_TABLE)) {
      throw new OperationRefused(
        `${file} is not a Samplan backup (it has no ${MANIFEST_TABLE} table; make one with ./samplan backup)`,
      );
    }
    const manifest = readManifest(db);
    if (manifest.format !== BACKUP_FORMAT) {
      throw new OperationRefused(
        `${file} is a backup in format ${manifest.format}; this Samplan reads format ${BACKUP_FORMAT}: restore it with the Samplan that made it`,
      );
    }
    const ran = tables.has("kysely_migration")
      ? (db.prepare("select name from kysely_migration order by name").pluck().all() as string[])
      : [];
    const known = Object.keys(await migrationProvider.getMigrations());
    const unknown = ran.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new OperationRefused(
        `${file} was taken by a newer Samplan (its store has run ${unknown.join(", ")}, which this one does not know): restore it with that version or a later one`,
      );
    }
    if (ran.length === 0 || ran.at(-1) !== manifest.migration) {
      throw new OperationRefused(`${file} is inconsistent: its manifest names migration ${manifest.migration}`);
    }
    const expected = await tablesAfter(manifest.migration);
    const missing = [...expected].filter((name) => !tables.has(name));
    const extra = [...tables].filter(
      (name) => !expected.has(name) && !MIGRATION_TABLES.has(name) && name !== MANIFEST_TABLE,
    );
    if (missing.length > 0 || extra.length > 0) {
      throw new OperationRefused(
        `${file} does not hold the tables Samplan's migrations up to ${manifest.migration} make (missing: ${missing.join(", ") || "none"}; unexpected: ${extra.join(", ") || "none"})`,
      );
    }
    const dangling = db.pragma("foreign_key_check") as unknown[];
    if (dangling.length > 0) {
      throw new OperationRefused(`${file} has ${dangling.length} rows whose foreign keys point nowhere`);
    }
    return manifest;
  } catch (error) {
    if (error instanceof OperationRefused) throw error;
    // Busy, locked, an I/O error: still one sentence for the operator, never a stack.
    throw new OperationRefused(`cannot read ${file}: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

function readManifest(db: Database.Database): BackupManifest {
  const rows = new Map(
    (db.prepare(`select key, value from ${MANIFEST_TABLE}`).all() as { key: string; value: string }[]).map((row) => [
      row.key,
      row.value,
    ]),
  );
  const format = rows.get("format");
  const takenAt = rows.get("taken_at");
  const migration = rows.get("migration");
  if (!format || !takenAt || !migration) throw new OperationRefused("the backup's manifest is incomplete");
  return { format, takenAt, migration, tokenSecret: rows.get("token_secret") ?? null };
}

/** The tables an empty store has once the migrations up to `migration` have run, in memory. */
async function tablesAfter(migration: string): Promise<Set<string>> {
  const memory = new Database(":memory:");
  const db = new Kysely({ dialect: new SqliteDialect({ database: memory }) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(migration);
    if (error) throw error;
    const names = memory
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .pluck()
      .all() as string[];
    return new Set(names.filter((name) => !MIGRATION_TABLES.has(name)));
  } finally {
    await db.destroy();
  }
}

/** Written into the copy by `backup`: what it is, and the secret that belongs with it. */
export function writeManifest(db: Database.Database, manifest: BackupManifest): void {
  db.exec(`create table ${MANIFEST_TABLE} (key text primary key, value text not null)`);
  const insert = db.prepare(`insert into ${MANIFEST_TABLE} (key, value) values (?, ?)`);
  insert.run("format", manifest.format);
  insert.run("taken_at", manifest.takenAt);
  insert.run("migration", manifest.migration);
  if (manifest.tokenSecret) insert.run("token_secret", manifest.tokenSecret);
}
