import { describe, expect, it } from "vitest";
import { CapacitySearch } from "./CapacitySearch.ts";

/** The search against a server that holds every load up to `limit` meetings and fails every larger one. */
function search(limit: number, start = 200) {
  const capacity = new CapacitySearch(start, 10, 0.1);
  const loads: number[] = [];
  for (let load = capacity.next(); load !== null; load = capacity.next()) {
    loads.push(load);
    capacity.record(load, load <= limit);
  }
  return { held: capacity.held, failed: capacity.failed, loads };
}

describe("the capacity search", () => {
  it.each([37, 160, 240, 330, 480, 700, 1_500])("finds a limit of %i meetings to 10 % in a few loads", (limit) => {
    const { held, failed, loads } = search(limit);
    expect(held).toBeLessThanOrEqual(limit);
    expect(failed).toBeGreaterThan(limit);
    expect(failed!).toBeLessThanOrEqual(Math.max(held * 1.1, held + 10));
    // Each failed load is run twice: ten loads are about what the time budget allows.
    expect(loads.length).toBeLessThanOrEqual(limit > 1_000 ? 11 : 9);
  });

  it("says so when not even the smallest load holds", () => {
    expect(search(5)).toEqual({ held: 0, failed: 10, loads: [200, 130, 90, 60, 40, 30, 20, 10] });
  });
});
