import Database from "better-sqlite3";
import { type Generated, Kysely, SqliteDialect } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withStatementCache } from "./statementCache.ts";

const open: Database.Database[] = [];
afterEach(() => {
  for (const sqlite of open.splice(0)) if (sqlite.open) sqlite.close();
});

function database(max?: number) {
  const sqlite = new Database(":memory:");
  open.push(sqlite);
  sqlite.exec("create table t (id integer primary key, v text)");
  const prepare = vi.spyOn(sqlite, "prepare");
  const db = new Kysely<{ t: { id: Generated<number>; v: string } }>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite, max) }),
  });
  return { sqlite, db, prepare };
}

describe("withStatementCache", () => {
  it("prepares a statement once and reuses it for every run", async () => {
    const { db, prepare } = database();
    for (let i = 0; i < 5; i++)
      await db
        .insertInto("t")
        .values({ v: `v${i}` })
        .execute();
    const rows = await db.selectFrom("t").selectAll().orderBy("id").execute();
    expect(rows.map((row) => row.v)).toEqual(["v0", "v1", "v2", "v3", "v4"]);
    expect(prepare).toHaveBeenCalledTimes(2);
    await db.destroy();
  });

  it("keeps at most `max` statements, dropping the least recently used", async () => {
    const { db, prepare } = database(2);
    const select = (column: "id" | "v") => db.selectFrom("t").select(column).execute();
    await select("id");
    await select("v");
    await select("id"); // kept
    await db.insertInto("t").values({ v: "x" }).execute(); // drops the select of v
    await select("id"); // still kept
    await select("v"); // prepared again
    expect(prepare).toHaveBeenCalledTimes(4);
    await db.destroy();
  });

  it("prepares afresh while a kept statement is busy iterating", () => {
    const sqlite = new Database(":memory:");
    open.push(sqlite);
    sqlite.exec("create table t (v text); insert into t values ('a'), ('b')");
    const cached = withStatementCache(sqlite);
    const first = cached.prepare("select v from t");
    const rows = first.iterate([]);
    rows.next();
    const second = cached.prepare("select v from t");
    expect(second).not.toBe(first);
    expect(second.all([])).toEqual([{ v: "a" }, { v: "b" }]);
    rows.return?.();
    expect(cached.prepare("select v from t")).toBe(first);
  });

  it("closes the database with the dialect", async () => {
    const { sqlite, db } = database();
    // Kysely opens its driver with the first query, and closes it on destroy.
    await db.selectFrom("t").selectAll().execute();
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
