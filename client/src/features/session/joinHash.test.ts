import { describe, expect, it } from "vitest";
import { formatCode, isWellFormedCode, normaliseCode, readJoinHash } from "./joinHash.ts";

describe("readJoinHash", () => {
  it("reads a join code from the QR code's #code=", () => {
    expect(readJoinHash("#code=abcd-2345")).toEqual({ code: "ABCD2345" });
  });

  it("reads anything else after # as a personal link's secret", () => {
    expect(readJoinHash("#0prMIrKQjUiEq3X_rep-SYagIx2uJTNsdz02pNuZWLE")).toEqual({
      secret: "0prMIrKQjUiEq3X_rep-SYagIx2uJTNsdz02pNuZWLE",
    });
  });

  it("finds nothing in an empty hash", () => {
    expect(readJoinHash("")).toBeNull();
    expect(readJoinHash("#")).toBeNull();
  });
});

describe("join codes", () => {
  it("accept dashes, spaces and lower case, as people type them", () => {
    expect(normaliseCode(" abcd 2345 ")).toBe("ABCD2345");
    expect(isWellFormedCode("abcd-2345")).toBe(true);
  });

  it("must be 8 letters or digits", () => {
    expect(isWellFormedCode("ABC")).toBe(false);
    expect(isWellFormedCode("ABCD-23456")).toBe(false);
    expect(isWellFormedCode("ABCD-23Ø5")).toBe(false);
  });

  it("are shown in two halves", () => {
    expect(formatCode("abcd2345")).toBe("ABCD-2345");
    expect(formatCode("ABCD-2345")).toBe("ABCD-2345");
  });
});
