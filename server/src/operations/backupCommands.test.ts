import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../storage/openDatabase.ts";
import { runOperation } from "../testing/runOperation.ts";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";

/**
 * `./samplan backup` and `./samplan restore` as an operator meets them: what travels in a backup
 * and what does not, and every refusal a plain sentence with a non-zero exit that leaves nothing
 * half-done. (Backing up under load and restoring a server: chaos/restoreDrill.sqlite.test.ts.)
 */
const work = makeDataDir();
const dataDir = path.join(work, "data");
const good = path.join(work, "good.sqlite");
const FIXTURE = path.join(import.meta.dirname, "..", "storage", "migrations", "fixtures", "before-access-work");
const SECRET = "a-token-secret-of-at-least-thirty-two-characters";
afterAll(() => removeDataDir(work));

beforeAll(async () => {
  // A store as a stopped server leaves it: migrated, its token secret and a setup code beside it.
  const handle = await openDatabase({ sqliteFile: path.join(dataDir, "samplan.sqlite") });
  await handle.db.destroy();
  fs.writeFileSync(path.join(dataDir, "token-secret"), SECRET, { mode: 0o600 });
  fs.writeFileSync(path.join(dataDir, "setup-code"), "ABCD-EFGH\n", { mode: 0o600 });
  const taken = await runOperation("backup", [good], { SAMPLAN_DATA_DIR: dataDir });
  expect(taken.stderr).toBe("");
  expect(taken.code).toBe(0);
});

/** A copy of the good backup, changed by `change`. */
function variant(name: string, change: (db: Database.Database) => void): string {
  const file = path.join(work, `${name}.sqlite`);
  fs.copyFileSync(good, file);
  const db = new Database(file);
  change(db);
  db.close();
  return file;
}

const restoreInto = (file: string, dir = path.join(work, `target-${Math.random().toString(36).slice(2)}`)) =>
  runOperation("restore", [file], { SAMPLAN_DATA_DIR: dir }).then((result) => ({ ...result, dir }));

describe("backup and restore", () => {
  it("restores the store and the token secret, owner-only, and leaves the setup code behind", async () => {
    const restored = await restoreInto(good);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/token secret was restored/);
    expect(fs.readdirSync(restored.dir).sort()).toEqual(["samplan.sqlite", "token-secret"]);
    expect(fs.readFileSync(path.join(restored.dir, "token-secret"), "utf8")).toBe(SECRET);
    expect(fs.statSync(restored.dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(restored.dir, "samplan.sqlite")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(restored.dir, "token-secret")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(good).mode & 0o777).toBe(0o600);
    // The manifest (and the secret in it) does not stay in the store.
    const db = new Database(path.join(restored.dir, "samplan.sqlite"), { readonly: true });
    expect(db.prepare("select name from sqlite_master where name = 'samplan_backup'").get()).toBeUndefined();
    db.close();
  });

  it("does not carry a token secret that comes from SAMPLAN_TOKEN_SECRET, and says so", async () => {
    const file = path.join(work, "secret-from-environment.sqlite");
    const taken = await runOperation("backup", [file], { SAMPLAN_DATA_DIR: dataDir, SAMPLAN_TOKEN_SECRET: SECRET });
    expect(taken.stdout).toMatch(/comes from SAMPLAN_TOKEN_SECRET/);
    const restored = await restoreInto(file);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/set the same value/);
    expect(fs.readdirSync(restored.dir)).toEqual(["samplan.sqlite"]);
  });

  it("restores a backup of the previous version's store, which the server then migrates", async () => {
    const oldDir = path.join(work, "old");
    fs.mkdirSync(oldDir);
    fs.copyFileSync(path.join(FIXTURE, "samplan.sqlite"), path.join(oldDir, "samplan.sqlite"));
    const file = path.join(work, "old.sqlite");
    expect((await runOperation("backup", [file], { SAMPLAN_DATA_DIR: oldDir })).code).toBe(0);
    const restored = await restoreInto(file);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toMatch(/store at migration 00\d_/);
    const handle = await openDatabase({ sqliteFile: path.join(restored.dir, "samplan.sqlite") });
    const approved = await handle.db
      .selectFrom("meeting_versions")
      .select(["minutes", "content_hash"])
      .where("kind", "=", "approved")
      .execute();
    await handle.db.destroy();
    expect(approved).toHaveLength(1);
    expect(createHash("sha256").update(approved[0]!.minutes).digest("hex")).toBe(approved[0]!.content_hash);
  });

  it("refuses to restore into a data directory that holds anything, and leaves it as it was", async () => {
    const occupied = path.join(work, "occupied");
    fs.mkdirSync(occupied);
    fs.writeFileSync(path.join(occupied, "samplan.sqlite"), "newer work");
    const refused = await restoreInto(good, occupied);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/occupied is not empty \(it holds samplan\.sqlite\): restore only into an empty/);
    expect(fs.readdirSync(occupied)).toEqual(["samplan.sqlite"]);
    expect(fs.readFileSync(path.join(occupied, "samplan.sqlite"), "utf8")).toBe("newer work");
  });

  // Each refusal is a process of its own that changes nothing: they run side by side.
  it.concurrent.for([
    ["a file that is not SQLite", () => writeFile("notes.sqlite", "x".repeat(4096)), /is not an SQLite database/],
    ["a missing file", () => path.join(work, "nowhere.sqlite"), /there is no backup at/],
    ["a plain store, not made by backup", () => path.join(dataDir, "samplan.sqlite"), /is not a Samplan backup/],
    ["a damaged backup", () => damaged(), /is damaged/],
    [
      "a backup from a newer Samplan",
      () =>
        variant("newer", (db) =>
          db.prepare("insert into kysely_migration (name, timestamp) values ('999_later', '')").run(),
        ),
      /taken by a newer Samplan \(its store has run 999_later/,
    ],
    ["a backup missing a table", () => variant("no-teams", (db) => db.exec("drop table teams")), /missing: teams/],
    [
      "a backup in an unknown format",
      () => variant("format", (db) => db.exec("update samplan_backup set value = '9' where key = 'format'")),
      /in format 9; this Samplan reads format 1/,
    ],
  ] as const)("refuses %s, and writes nothing", async ([, file, message], { expect }) => {
    const refused = await restoreInto(file());
    expect(refused.stderr, `exit ${refused.code}: ${refused.stderr}`).toMatch(message);
    expect(refused.code).toBe(1);
    expect(fs.existsSync(refused.dir)).toBe(false);
  });

  it.concurrent.for([
    [
      "a PostgreSQL store",
      { DATABASE_URL: "postgres://samplan@db.internal/samplan" },
      [],
      /use pg_dump as docs\/operations\.md/i,
    ],
    [
      "a data directory with no store",
      { SAMPLAN_DATA_DIR: path.join(work, "empty") },
      [],
      /there is no Samplan store at/,
    ],
    ["a file that exists", {}, () => [good], /exists already; a backup never overwrites/],
    ["a folder that does not exist", {}, () => [path.join(work, "no", "such.sqlite")], /does not exist; make it first/],
    ["two file names", {}, () => ["a", "b"], /takes one file name at most/],
    ["an option", {}, () => ["--force"], /takes no options/],
    ["a bad configuration", { SAMPLAN_TOKEN_SECRET: "short" }, [], /SAMPLAN_TOKEN_SECRET: must be at least 32/],
  ] as const)("refuses to back up %s", async ([, env, args, message], { expect }) => {
    const before = fs.statSync(good).mtimeMs;
    const refused = await runOperation("backup", typeof args === "function" ? args() : [...args], {
      SAMPLAN_DATA_DIR: dataDir,
      ...env,
    });
    expect(refused.stderr, `exit ${refused.code}: ${refused.stderr}`).toMatch(message);
    expect(refused.code).not.toBe(0);
    expect(fs.statSync(good).mtimeMs).toBe(before);
    expect(fs.readdirSync(work).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });
});

function writeFile(name: string, content: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The good backup with a stretch of one of its table pages overwritten. */
function damaged(): string {
  const file = path.join(work, "damaged.sqlite");
  const bytes = fs.readFileSync(good);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xff, pageSize * 2 + 8, pageSize * 2 + 200);
  fs.writeFileSync(file, bytes);
  return file;
}
