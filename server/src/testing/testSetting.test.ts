import { afterEach, describe, expect, it } from "vitest";
import { positiveNumber, testSetting, wholeNumber } from "./testSetting.ts";

const NAME = "SAMPLAN_TEST_SETTING_PROBE";
afterEach(() => {
  delete process.env[NAME];
});

describe("a fault test's setting from the environment", () => {
  it("falls back when unset or empty, and reads a valid value", () => {
    expect(testSetting(NAME, wholeNumber(1), 500)).toBe(500);
    process.env[NAME] = "";
    expect(testSetting(NAME, wholeNumber(1), 500)).toBe(500);
    process.env[NAME] = "2.5";
    expect(testSetting(NAME, positiveNumber(), 10)).toBe(2.5);
  });

  it("refuses what the knob does not take, naming the variable", () => {
    for (const bad of ["ten", "-3", "0", "1.5"]) {
      process.env[NAME] = bad;
      expect(() => testSetting(NAME, wholeNumber(1), 500)).toThrow(NAME);
    }
  });
});
