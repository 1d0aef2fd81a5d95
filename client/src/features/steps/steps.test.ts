import { describe, expect, it } from "vitest";
import { isMine, newlyMine, sortSteps } from "./steps.ts";

describe("steps overview", () => {
  it("counts a step as mine by my name, and the citizen's steps as the citizen's", () => {
    const karin = { name: "Karin Holm", role: "koordinator" as const };
    const sara = { name: "Sara Jensen", role: "borger" as const };
    expect(isMine({ owner: "Karin Holm" }, karin)).toBe(true);
    expect(isMine({ owner: " karin holm " }, karin)).toBe(true);
    expect(isMine({ owner: "Peter Lund" }, karin)).toBe(false);
    expect(isMine({ owner: "borger" }, sara)).toBe(true);
    expect(isMine({ owner: "Sara Jensen" }, sara)).toBe(false);
    expect(isMine({ owner: "borger" }, karin)).toBe(false);
  });

  it("puts what is still open first, soonest due first, undated last", () => {
    const steps = [
      { id: "done", status: "done" as const, dueDate: "2026-01-01" },
      { id: "late", status: "notYet" as const, dueDate: "2026-02-01" },
      { id: "none", status: "open" as const, dueDate: null },
      { id: "soon", status: "open" as const, dueDate: "2026-01-15" },
    ];
    expect(sortSteps(steps).map((step) => step.id)).toEqual(["soon", "late", "none", "done"]);
  });

  it("finds the steps that were just given to you, and nothing on first sight", () => {
    const sara = { name: "Sara Jensen", role: "borger" as const };
    const before = new Map([
      ["a", ""],
      ["b", "borger"],
      ["c", "Peter Lund"],
    ]);
    const now = [
      { id: "a", owner: "borger" },
      { id: "b", owner: "borger" },
      { id: "c", owner: "Peter Lund" },
      { id: "d", owner: "borger" },
    ];
    expect(newlyMine(before, now, sara).map((step) => step.id)).toEqual(["a"]);
    expect(newlyMine(new Map(), now, sara)).toEqual([]);
  });
});
