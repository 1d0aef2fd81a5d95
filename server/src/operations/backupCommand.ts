import fs from "node:fs";
import path from "node:path";
import { backUpSqlite } from "./backUpSqlite.ts";
import { OperationRefused } from "./backupFile.ts";
import { runCommand } from "./commandLine.ts";

const USAGE = `usage: ./samplan backup [FILE]

A consistent copy of the SQLite store in SAMPLAN_DATA_DIR (default ./data), taken while the server
runs, with the token secret the server generated there. FILE must not exist; without it the backup
goes to backups/samplan-backup-<time>.sqlite beside data/. Relative paths are from the checkout.
With DATABASE_URL set, back up PostgreSQL with pg_dump instead: see docs/operations.md.`;

// The default folder sits beside the default data directory, at the top of the checkout.
const BACKUPS = path.join(import.meta.dirname, "../../../backups");

await runCommand("backup", USAGE, async (file, config) => {
  if (config.databaseUrl) {
    throw new OperationRefused(
      "DATABASE_URL is set: the store is PostgreSQL, which this command does not copy. Use pg_dump as docs/operations.md describes",
    );
  }
  let target = file;
  if (!target) {
    fs.mkdirSync(BACKUPS, { recursive: true, mode: 0o700 });
    target = path.join(BACKUPS, `samplan-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.sqlite`);
  }
  const taken = backUpSqlite(
    { databaseFile: config.databaseFile, dataDir: config.dataDir, tokenSecretFromEnvironment: !!config.tokenSecret },
    target,
  );
  const secret = {
    "in the backup": "the token secret is in it",
    SAMPLAN_TOKEN_SECRET: "the token secret is not: it comes from SAMPLAN_TOKEN_SECRET, keep that with the backup",
    "none yet": "no token secret yet (the server has never started)",
  }[taken.tokenSecret];
  return [
    `Backed up ${taken.meetings} meetings (${taken.approvedMinutes} approved minutes) to ${taken.file}`,
    `It holds everything stored before ${taken.consistentAsOf}.`,
    `${(taken.bytes / 1024 / 1024).toFixed(1)} MB in ${taken.milliseconds} ms; ${secret}.`,
    "It holds everything about every citizen in it: keep it owner-only and encrypted, as the data directory.",
  ].join("\n");
});
