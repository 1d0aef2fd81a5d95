import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { makeDataDir, removeDataDir } from "../../testing/testServer.ts";
import { createDatabase } from "../../testing/throwawayServices.ts";
import { openDatabase } from "../openDatabase.ts";
import type { DatabaseSchema } from "../schema.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const databases = {
  sqlite: async () => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    const file = path.join(dir, "samplan.sqlite");
    await (await openDatabase({ sqliteFile: file })).db.destroy();
    return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: new Database(file) }) });
  },
  postgres: async () => {
    const url = await createDatabase(inject("postgresUrl"));
    await (await openDatabase({ postgresUrl: url })).db.destroy();
    return new Kysely<DatabaseSchema>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
    });
  },
};

describe.each(Object.entries(databases))("case tombstones on %s", (_name, open) => {
  it("are append-only: the database refuses to change or remove one", async () => {
    const db = await open();
    cleanups.push(() => db.destroy());
    await db
      .insertInto("case_tombstones")
      .values({
        case_id: crypto.randomUUID(),
        case_reference: "27.12.04-G01-1-26",
        deleted_by: "Karin Holm (karin)",
        deleted_by_role: "koordinator",
        deleted_at: new Date().toISOString(),
        meetings: 2,
        audit_events: 40,
      })
      .execute();
    await expect(db.updateTable("case_tombstones").set({ deleted_by: "Nobody" }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom("case_tombstones").execute()).rejects.toThrow(/append-only/);
    expect(await db.selectFrom("case_tombstones").select("deleted_by").execute()).toEqual([
      { deleted_by: "Karin Holm (karin)" },
    ]);
  });
});
