import path from "node:path";
import { afterEach, inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { makeDataDir, removeDataDir } from "./testServer.ts";
import { createDatabase } from "./throwawayServices.ts";

/**
 * The embedded default and PostgreSQL, for `describe.each(Object.entries(databaseDialects()))`:
 * each opens a fresh, migrated database (SQLite in a data directory of its own, PostgreSQL a
 * throwaway database on the run's server), closed and removed after the test.
 */
export function databaseDialects(): Record<"sqlite" | "postgres", () => Promise<DatabaseHandle>> {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const closedAfter = (handle: DatabaseHandle) => {
    cleanups.push(() => handle.db.destroy());
    return handle;
  };
  return {
    sqlite: async () => {
      const dir = makeDataDir();
      cleanups.push(() => removeDataDir(dir));
      return closedAfter(await openDatabase({ sqliteFile: path.join(dir, "samplan.sqlite") }));
    },
    postgres: async () => closedAfter(await openDatabase({ postgresUrl: await createDatabase(inject("postgresUrl")) })),
  };
}
