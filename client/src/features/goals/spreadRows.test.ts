import { describe, expect, it } from "vitest";
import { spreadRows } from "./spreadRows.ts";

describe("spreadRows", () => {
  it("keeps markers far apart on one row", () => {
    expect(spreadRows([1, 5, 9])).toEqual([0, 0, 0]);
  });

  it("moves a marker next to another onto the next row", () => {
    expect(spreadRows([5, 6, 7])).toEqual([0, 1, 0]);
  });

  it("stacks equal values, in the order given", () => {
    expect(spreadRows([4, 4, 4])).toEqual([0, 1, 2]);
  });

  it("reuses a row as soon as there is room again", () => {
    expect(spreadRows([8, 2, 3, 4])).toEqual([0, 0, 1, 0]);
  });
});
