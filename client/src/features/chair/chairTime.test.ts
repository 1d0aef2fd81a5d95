import { describe, expect, it } from "vitest";
import { clock, phaseTime, speakerTime } from "./chairTime.ts";

const start = 1_700_000_000_000;
const minutes = (n: number) => n * 60_000;

describe("phaseTime", () => {
  it("says how many whole minutes of the time box are used", () => {
    expect(phaseTime(start, 15, start + minutes(12) + 59_000)).toEqual({ kind: "used", used: 12, box: 15 });
  });

  it("stays at the full box until a whole minute over, then counts minutes over", () => {
    expect(phaseTime(start, 15, start + minutes(15) + 30_000)).toEqual({ kind: "used", used: 15, box: 15 });
    expect(phaseTime(start, 15, start + minutes(18))).toEqual({ kind: "over", over: 3 });
  });

  it("counts minutes without a box, and nothing before the start is stamped", () => {
    expect(phaseTime(start, null, start + minutes(7))).toEqual({ kind: "elapsed", used: 7 });
    expect(phaseTime(null, 15, start)).toBeNull();
  });

  it("never shows time before the start, whatever the clocks say", () => {
    expect(phaseTime(start, 15, start - 5_000)).toEqual({ kind: "used", used: 0, box: 15 });
  });
});

describe("speakerTime", () => {
  it("counts a speaker's minutes and seconds against their time", () => {
    expect(speakerTime(start, 120, start + 65_000)).toEqual({ kind: "used", used: "1:05", box: "2:00" });
    expect(speakerTime(start, 120, start + 132_000)).toEqual({ kind: "over", over: "0:12" });
    expect(speakerTime(start, null, start + 9_000)).toEqual({ kind: "elapsed", used: "0:09" });
  });

  it("formats a clock", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(61_999)).toBe("1:01");
  });
});
