import { describe, expect, it } from "vitest";
import { waitForTurn } from "./editorTurns.ts";

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("editors take turns", () => {
  it("grants one turn at a time, each in a task of its own, in the order asked", async () => {
    const granted: string[] = [];
    const leave = ["a", "b", "c"].map((name) => waitForTurn(() => granted.push(name)));
    expect(granted).toEqual([]);
    await nextTask();
    expect(granted).toEqual(["a"]);
    // Until "a" is on the page, nobody else gets a turn.
    await nextTask();
    expect(granted).toEqual(["a"]);
    leave[0]!();
    expect(granted).toEqual(["a"]);
    await nextTask();
    expect(granted).toEqual(["a", "b"]);
    leave[1]!();
    await nextTask();
    expect(granted).toEqual(["a", "b", "c"]);
    leave[2]!();
  });

  it("passes over an item removed before its turn, and leaving twice does nothing", async () => {
    const granted: string[] = [];
    const leaveA = waitForTurn(() => granted.push("a"));
    const leaveB = waitForTurn(() => granted.push("b"));
    const leaveC = waitForTurn(() => granted.push("c"));
    leaveB();
    await nextTask();
    leaveA();
    leaveA();
    await nextTask();
    expect(granted).toEqual(["a", "c"]);
    leaveC();
  });

  it("hands the turn on when the holder is removed before it is on the page", async () => {
    const granted: string[] = [];
    const leaveA = waitForTurn(() => granted.push("a"));
    const leaveB = waitForTurn(() => granted.push("b"));
    await nextTask();
    leaveA();
    await nextTask();
    expect(granted).toEqual(["a", "b"]);
    leaveB();
  });
});
