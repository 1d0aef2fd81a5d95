import { describe, expect, it } from "vitest";
import { forLayout, visualRuns } from "./visualRuns.ts";

describe("a line's runs in the order they stand on the page", () => {
  it("leave a line with no right-to-left text as it is", () => {
    expect(visualRuns("Søren Łukasiewicz-Şahin")).toEqual([{ text: "Søren Łukasiewicz-Şahin", rightToLeft: false }]);
  });

  it("keep an Arabic name whole and in reading order inside a Danish sentence", () => {
    expect(visualRuns("Deltager: أحمد علي (borger)")).toEqual([
      { text: "Deltager: ", rightToLeft: false },
      { text: "أحمد علي", rightToLeft: true },
      { text: " (borger)", rightToLeft: false },
    ]);
  });

  it("put two right-to-left words separated by a number in right-to-left order", () => {
    const runs = visualRuns("أحمد 12 علي");
    expect(runs.map((run) => run.text)).toEqual([" علي", "12", "أحمد "]);
  });

  it("hand a right-to-left run to the layout as one word, so it is drawn whole from the right", () => {
    expect(forLayout({ text: "أحمد علي", rightToLeft: true })).toBe("أحمد\u00A0علي");
    expect(forLayout({ text: "Søren Ł", rightToLeft: false })).toBe("Søren Ł");
  });
});
