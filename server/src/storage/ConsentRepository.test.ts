import path from "node:path";
import type { CaseId } from "@samplan/shared/vocabulary";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";
import { ConsentRepository } from "./ConsentRepository.ts";
import { migrationProvider } from "./migrations/index.ts";
import { openDatabase } from "./openDatabase.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The two tables these tests write before migration 006, as migration 005 left them. */
interface TablesAt005 {
  cases: { id: string; citizen_name: string; created_at: string };
  consents: {
    id: string;
    case_id: string;
    purpose: string;
    member_ids: string;
    organisations: string;
    given_at: string;
    withdrawn_at: string | null;
    recorded_by: string;
    recorded_at: string;
  };
}

/** A database as a server before migration 006 left it, and how to open it with today's code. */
const dialects = {
  sqlite: async () => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    const file = path.join(dir, "samplan.sqlite");
    return {
      old: new Kysely<TablesAt005>({ dialect: new SqliteDialect({ database: new Database(file) }) }),
      reopen: () => openDatabase({ sqliteFile: file }),
    };
  },
  postgres: async () => {
    const url = await createDatabase(inject("postgresUrl"));
    return {
      old: new Kysely<TablesAt005>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) }),
      reopen: () => openDatabase({ postgresUrl: url }),
    };
  },
};

const DAY = 86_400_000;
/** Midday, Copenhagen, some days from now: a clock reading on that calendar day whatever the offset. */
const at = (days: number) => new Date(`${daysFromNow(days)}T12:00:00Z`);

describe.each(Object.entries(dialects))("ConsentRepository on %s", (_dialect, prepare) => {
  async function atMigration005() {
    const { old, reopen } = await prepare();
    const migrated = await new Migrator({ db: old, provider: migrationProvider }).migrateTo("005_document_authors");
    expect(migrated.error).toBeUndefined();
    const caseId = crypto.randomUUID() as CaseId;
    await old
      .insertInto("cases")
      .values({ id: caseId, citizen_name: "Ali", created_at: new Date().toISOString() })
      .execute();
    return { old, reopen, caseId };
  }

  async function repository(now: () => Date = () => new Date()) {
    const { old, reopen, caseId } = await atMigration005();
    await old.destroy();
    const handle = await reopen();
    cleanups.push(() => handle.db.destroy());
    return { consents: new ConsentRepository(handle.db, now), caseId };
  }

  it("keeps a consent recorded before migration 006 in force until withdrawn", async () => {
    const { old, reopen, caseId } = await atMigration005();
    await old
      .insertInto("consents")
      .values({
        id: crypto.randomUUID(),
        case_id: caseId,
        purpose: "Samarbejde",
        member_ids: "[]",
        organisations: JSON.stringify(["Psykiatrien"]),
        given_at: daysFromNow(-400),
        withdrawn_at: null,
        recorded_by: "",
        recorded_at: new Date().toISOString(),
      })
      .execute();
    await old.destroy();
    const handle = await reopen();
    cleanups.push(() => handle.db.destroy());
    const consents = new ConsentRepository(handle.db, () => new Date(Date.now() + 3650 * DAY));
    const [kept] = await consents.list(caseId);
    expect(kept).toMatchObject({ purpose: "Samarbejde", validUntil: null, daysLeft: null, endsSoon: false });
    expect(kept?.expired).toBe(false);
    expect([...(await consents.coverage(caseId)).organisations]).toEqual(["psykiatrien"]);
  });

  it("covers through its last day in Copenhagen, and no one from the day after", async () => {
    let now = new Date();
    const { consents, caseId } = await repository(() => now);
    const lastDay = daysFromNow(3);
    await consents.record(
      caseId,
      { purpose: "Job", memberIds: [], organisations: ["Jobcenter"], givenAt: daysFromNow(-1), validUntil: lastDay },
      "",
    );
    const covered = async () => (await consents.coverage(caseId)).organisations.has("jobcenter");

    expect(await covered()).toBe(true);
    now = at(3);
    expect(await covered()).toBe(true);
    expect((await consents.list(caseId))[0]).toMatchObject({ daysLeft: 0, endsSoon: true, expired: false });
    now = at(4);
    expect(await covered()).toBe(false);
    expect((await consents.list(caseId))[0]).toMatchObject({ daysLeft: -1, endsSoon: false, expired: true });
  });

  it("reminds two weeks before the end, not before, and not for a withdrawn consent", async () => {
    let now = new Date();
    const { consents, caseId } = await repository(() => now);
    const recorded = await consents.record(
      caseId,
      {
        purpose: "Job",
        memberIds: [],
        organisations: ["Jobcenter"],
        givenAt: daysFromNow(0),
        validUntil: daysFromNow(30),
      },
      "",
    );
    expect(recorded).toMatchObject({ validUntil: daysFromNow(30), daysLeft: 30, endsSoon: false });
    now = at(15);
    expect((await consents.find(recorded.id))?.endsSoon).toBe(false);
    now = at(16);
    expect(await consents.find(recorded.id)).toMatchObject({ daysLeft: 14, endsSoon: true });
    const withdrawn = await consents.withdraw(recorded.id);
    expect(withdrawn).toMatchObject({ daysLeft: 14, endsSoon: false });
    expect(withdrawn?.withdrawnAt).toBe(now.toISOString());
  });
});
