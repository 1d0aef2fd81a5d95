import { describe, expect, it } from "vitest";
import { StoreQueue } from "./StoreQueue.ts";

describe("StoreQueue", () => {
  it("runs one piece of work at a time, in order, with a turn of the event loop between two", async () => {
    const queue = new StoreQueue();
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      // What the event loop does in between (reading sockets) gets its turn before the next piece.
      setImmediate(() => events.push(`a turn after ${name}`));
      await Promise.resolve();
      events.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([queue.run(work("a")), queue.run(work("b")), queue.run(work("c"))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual([
      "a starts",
      "a ends",
      "a turn after a",
      "b starts",
      "b ends",
      "a turn after b",
      "c starts",
      "c ends",
    ]);
  });

  it("goes on after a piece that fails, which fails alone", async () => {
    const queue = new StoreQueue();
    const failed = queue.run(async () => {
      throw new Error("disk full");
    });
    const next = queue.run(async () => "stored");
    await expect(failed).rejects.toThrow("disk full");
    await expect(next).resolves.toBe("stored");
  });
});
