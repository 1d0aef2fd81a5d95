import type { Author } from "@samplan/shared/record";
import { describe, expect, it } from "vitest";
import { databaseDialects } from "../testing/databaseDialects.ts";
import { AuthorRepository } from "./AuthorRepository.ts";

const mette: Author = { memberId: "m-1", name: "Mette", role: "koordinator" };
const ali: Author = { memberId: "m-2", name: "Ali", role: "borger" };
// Yjs client ids are unsigned 32-bit: this one does not fit a signed integer column.
const BIG = 4_000_000_000;

describe.each(Object.entries(databaseDialects()))("AuthorRepository on %s", (_dialect, open) => {
  async function repository() {
    const handle = await open();
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
