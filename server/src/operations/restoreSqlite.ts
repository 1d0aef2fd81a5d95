import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BackupManifest, checkBackup, MANIFEST_TABLE, OperationRefused } from "./backupFile.ts";

export interface RestoreTarget {
  dataDir: string;
  databaseFile: string;
}

export interface RestoreDone {
  manifest: BackupManifest;
  milliseconds: number;
  /** Whether the backup brought the token secret, or the operator must set SAMPLAN_TOKEN_SECRET as before. */
  tokenSecretRestored: boolean;
}

/**
 * Restores a backup made by `backup` into an empty data directory, once the backup has passed
 * every check (checkBackup). Never into a directory that holds anything: restoring over a store
 * would mix two histories, or overwrite the only copy of newer work. The store is written under
 * another name and renamed last, so a server started on a half-restored directory finds no store
 * rather than half of one.
 */
export async function restoreSqlite(file: string, target: RestoreTarget): Promise<RestoreDone> {
  const started = performance.now();
  if (!fs.existsSync(file)) throw new OperationRefused(`there is no backup at ${file}`);
  if (!fs.statSync(file).isFile()) throw new OperationRefused(`${file} is not a file`);
  refuseUnlessEmpty(target.dataDir);
  const manifest = await checkBackup(file);

  fs.mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(target.dataDir, 0o700);
  const restoring = `${target.databaseFile}.restoring`;
  try {
    fs.copyFileSync(file, restoring, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(restoring, 0o600);
    const db = new Database(restoring, { fileMustExist: true });
    try {
      // The manifest is the backup's, not the store's; the secret in it goes to its own file below.
      db.exec(`drop table ${MANIFEST_TABLE}`);
      db.pragma("journal_mode = WAL");
    } finally {
      db.close();
    }
    if (manifest.tokenSecret) {
      fs.writeFileSync(path.join(target.dataDir, "token-secret"), manifest.tokenSecret, { mode: 0o600, flag: "wx" });
    }
    fs.renameSync(restoring, target.databaseFile);
  } catch (error) {
    fs.rmSync(restoring, { force: true });
    throw error;
  }
  return {
    manifest,
    milliseconds: Math.round(performance.now() - started),
    tokenSecretRestored: manifest.tokenSecret !== null,
  };
}

function refuseUnlessEmpty(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  if (!fs.statSync(dataDir).isDirectory()) throw new OperationRefused(`${dataDir} is a file, not a data directory`);
  const entries = fs.readdirSync(dataDir);
  if (entries.length > 0) {
    const shown = entries.slice(0, 5).join(", ") + (entries.length > 5 ? ", …" : "");
    throw new OperationRefused(
      `${dataDir} is not empty (it holds ${shown}): restore only into an empty data directory. Stop the server, move the directory aside, and restore again`,
    );
  }
}
