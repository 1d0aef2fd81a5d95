import path from "node:path";
import type { Author } from "@samplan/shared/record";
import { afterEach, describe, expect, inject, it } from "vitest";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";
import { AuthorRepository } from "./AuthorRepository.ts";
import { type DatabaseHandle, openDatabase } from "./openDatabase.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const dialects = {
  sqlite: async (): Promise<DatabaseHandle> => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    return openDatabase({ sqliteFile: path.join(dir, "samplan.sqlite") });
  },
  postgres: async (): Promise<DatabaseHandle> =>
    openDatabase({ postgresUrl: await createDatabase(inject("postgresUrl")) }),
};

const mette: Author = { memberId: "m-1", name: "Mette", role: "koordinator" };
const ali: Author = { memberId: "m-2", name: "Ali", role: "borger" };
// Yjs client ids are unsigned 32-bit: this one does not fit a signed integer column.
const BIG = 4_000_000_000;

describe.each(Object.entries(dialects))("AuthorRepository on %s", (_dialect, open) => {
  async function repository() {
    const handle = await open();
    cleanups.push(() => handle.db.destroy());
    return new AuthorRepository(handle.db);
  }

  it("binds a client id once, to whoever wrote under it first", async () => {
    const authors = await repository();
    expect(await authors.bind("meeting:a", [BIG, 7], mette)).toEqual(
      new Map([
        [BIG, "m-1"],
        [7, "m-1"],
      ]),
    );
    expect((await authors.bind("meeting:a", [BIG, 8], ali)).get(BIG)).toBe("m-1");
    await authors.recordDeletion("meeting:a", ali, [[BIG, 0, 3]]);

    const record = await authors.record("meeting:a");
    expect(record.clients.get(BIG)).toEqual(mette);
    expect(record.clients.get(8)).toEqual(ali);
    expect(record.deletions).toEqual([{ author: ali, ranges: [[BIG, 0, 3]] }]);
    expect((await authors.record("meeting:b")).clients.size).toBe(0);

    await authors.remove(["meeting:a"]);
    expect((await authors.record("meeting:a")).clients.size).toBe(0);
    expect((await authors.record("meeting:a")).deletions).toEqual([]);
  });
});
