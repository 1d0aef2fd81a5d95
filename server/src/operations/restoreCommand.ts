import { OperationRefused } from "./backupFile.ts";
import { runCommand } from "./commandLine.ts";
import { restoreSqlite } from "./restoreSqlite.ts";

const USAGE = `usage: ./samplan restore FILE

Checks a backup made by ./samplan backup (integrity, format, migrations, tables) and restores it
into SAMPLAN_DATA_DIR (default ./data), which must be empty or not exist yet. Then start Samplan:
it runs any migrations newer than the backup. Relative paths are from the checkout.`;

await runCommand("restore", USAGE, async (file, config) => {
  if (!file) throw new OperationRefused(`which backup? Name the file.\n\n${USAGE}`);
  if (config.databaseUrl) {
    throw new OperationRefused(
      "DATABASE_URL is set: the store is PostgreSQL. Restore it with pg_restore as docs/operations.md describes",
    );
  }
  const done = await restoreSqlite(file, { dataDir: config.dataDir, databaseFile: config.databaseFile });
  const secret = done.tokenSecretRestored
    ? config.tokenSecret
      ? "The backup's token secret was restored, but SAMPLAN_TOKEN_SECRET is set and the server will use that instead."
      : "The token secret was restored with it: sessions, connection tokens and the tablets' sealed copies stay valid."
    : "The backed-up server took its token secret from SAMPLAN_TOKEN_SECRET: set the same value before starting.";
  return [
    `Restored the backup taken ${done.manifest.takenAt} (store at migration ${done.manifest.migration}) into ${config.dataDir} in ${done.milliseconds} ms.`,
    secret,
    "Start Samplan on it (./samplan start); it brings the store up to date with any newer migrations.",
  ].join("\n");
});
