import { describe, expect, it } from "vitest";
import { GroupCommit } from "./GroupCommit.ts";

/** A commit the test ends by hand, so what waits for it can be seen. */
function gate() {
  const commits: { rows: number[]; end: (error?: Error) => void }[] = [];
  const grouped = new GroupCommit<number>(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        commits.push({ rows, end: (error) => (error ? reject(error) : resolve()) });
      }),
    3,
  );
  const nextCommit = async (n: number) => {
    while (commits.length < n) await new Promise((resolve) => setImmediate(resolve));
    return commits[n - 1]!;
  };
  return { grouped, commits, nextCommit };
}

describe("GroupCommit", () => {
  it("commits the rows of one turn together, and settles nobody before the commit", async () => {
    const { grouped, nextCommit } = gate();
    const settled: number[] = [];
    const added = [1, 2].map((row) => grouped.add(row).then(() => settled.push(row)));
    const first = await nextCommit(1);
    expect(first.rows).toEqual([1, 2]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toEqual([]);
    first.end();
    await Promise.all(added);
    expect(settled).toEqual([1, 2]);
  });

  it("keeps rows that come while a commit is in flight for the next one, in order, and runs one at a time", async () => {
    const { grouped, commits, nextCommit } = gate();
    const added = [grouped.add(1)];
    const first = await nextCommit(1);
    added.push(grouped.add(2), grouped.add(3), grouped.add(4), grouped.add(5));
    await new Promise((resolve) => setImmediate(resolve));
    expect(commits).toHaveLength(1);
    first.end();
    // At most three rows a commit: 2, 3, 4, then 5 once that one is done.
    const second = await nextCommit(2);
    expect(second.rows).toEqual([2, 3, 4]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(commits).toHaveLength(2);
    second.end();
    (await nextCommit(3)).end();
    expect(commits[2]!.rows).toEqual([5]);
    await Promise.all(added);
  });

  it("fails every row of a failed commit with its error, and commits the next ones", async () => {
    const { grouped, nextCommit } = gate();
    const failing = [grouped.add(1), grouped.add(2)];
    const first = await nextCommit(1);
    const later = grouped.add(3);
    const disk = new Error("SQLITE_FULL");
    first.end(disk);
    for (const row of failing) await expect(row).rejects.toBe(disk);
    (await nextCommit(2)).end();
    await expect(later).resolves.toBeUndefined();
  });

  it("says when every row added so far has settled", async () => {
    const { grouped, nextCommit } = gate();
    let settled = false;
    grouped.add(1).catch(() => {});
    const waiting = grouped.settled().then(() => {
      settled = true;
    });
    const first = await nextCommit(1);
    expect(settled).toBe(false);
    first.end(new Error("gone"));
    await waiting;
    expect(settled).toBe(true);
  });
});
