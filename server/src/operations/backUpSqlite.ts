import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BACKUP_FORMAT, OperationRefused, writeManifest } from "./backupFile.ts";

export interface BackupSource {
  /** The running (or stopped) server's SQLite file. */
  databaseFile: string;
  dataDir: string;
  /** Whether the server takes its token secret from SAMPLAN_TOKEN_SECRET rather than the data directory. */
  tokenSecretFromEnvironment: boolean;
}

export interface BackupTaken {
  file: string;
  /** When the copy's read transaction began: everything stored before then is in it, nothing after. */
  consistentAsOf: string;
  bytes: number;
  milliseconds: number;
  meetings: number;
  approvedMinutes: number;
  /** Where the token secret is: in the backup, or in the environment (the operator keeps it). */
  tokenSecret: "in the backup" | "SAMPLAN_TOKEN_SECRET" | "none yet";
}

/**
 * A consistent copy of the store while meetings run: `VACUUM INTO` reads the whole database in
 * one read transaction, which in WAL mode sees every commit made before it began (including those
 * still only in the -wal file) and none after, and never blocks the server's writes. Copying the
 * file instead would miss what is still in the WAL, or catch a page half-written.
 *
 * The copy is made under `<file>.partial`, owner-only, and renamed once complete and checked, so
 * a half-made backup never looks like a backup.
 */
export function backUpSqlite(source: BackupSource, file: string): BackupTaken {
  const started = performance.now();
  if (!fs.existsSync(source.databaseFile)) {
    throw new OperationRefused(
      `there is no Samplan store at ${source.databaseFile}: is SAMPLAN_DATA_DIR the server's data directory?`,
    );
  }
  if (fs.existsSync(file)) throw new OperationRefused(`${file} exists already; a backup never overwrites a file`);
  if (!fs.existsSync(path.dirname(file))) {
    throw new OperationRefused(`the folder ${path.dirname(file)} does not exist; make it first`);
  }
  const partial = `${file}.partial`;
  try {
    // VACUUM INTO writes into an empty file; made here first so it is owner-only from its first byte.
    fs.closeSync(fs.openSync(partial, "wx", 0o600));
  } catch (error) {
    throw new OperationRefused(
      (error as NodeJS.ErrnoException).code === "EEXIST"
        ? `${partial} is left from an interrupted backup; remove it and try again`
        : `cannot write ${partial}: ${(error as Error).message}`,
    );
  }
  try {
    let consistentAsOf = "";
    const live = new Database(source.databaseFile, { fileMustExist: true });
    try {
      // The server may be writing; wait for its lock rather than fail.
      live.pragma("busy_timeout = 10000");
      consistentAsOf = new Date().toISOString();
      live.prepare("vacuum into ?").run(partial);
    } finally {
      live.close();
    }
    const copy = new Database(partial, { fileMustExist: true });
    let counts: { meetings: number; approvedMinutes: number };
    const tokenSecret = source.tokenSecretFromEnvironment ? null : readTokenSecret(source.dataDir);
    try {
      const migration = copy.prepare("select max(name) from kysely_migration").pluck().get() as string | null;
      if (!migration) throw new OperationRefused(`${source.databaseFile} has never been migrated: not a Samplan store`);
      writeManifest(copy, {
        format: BACKUP_FORMAT,
        takenAt: consistentAsOf,
        migration,
        tokenSecret,
      });
      counts = {
        meetings: copy.prepare("select count(*) from meetings").pluck().get() as number,
        approvedMinutes: copy
          .prepare("select count(*) from meeting_versions where kind = 'approved'")
          .pluck()
          .get() as number,
      };
    } finally {
      copy.close();
    }
    fs.renameSync(partial, file);
    return {
      file,
      consistentAsOf,
      bytes: fs.statSync(file).size,
      milliseconds: Math.round(performance.now() - started),
      ...counts,
      tokenSecret: source.tokenSecretFromEnvironment
        ? "SAMPLAN_TOKEN_SECRET"
        : tokenSecret
          ? "in the backup"
          : "none yet",
    };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * The generated token secret signs connection tokens and is what each session's device key is
 * derived from (DeviceKeys.ts): restored without it, every tablet's sealed copy of a plan, with
 * whatever was written offline and not yet sent, could no longer be opened.
 */
function readTokenSecret(dataDir: string): string | null {
  const file = path.join(dataDir, "token-secret");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null;
}
