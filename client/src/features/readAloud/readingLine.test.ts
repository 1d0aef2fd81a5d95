import { describe, expect, it } from "vitest";
import { readingLine } from "./readingLine.ts";

const text = "Nu: Velkommen. Derefter: Mine mål\nJeg vil arbejde med dyr!";

describe("readingLine", () => {
  it("shows the sentence with the word reached, and only that sentence", () => {
    const start = text.indexOf("Mine");
    expect(readingLine(text, { start, end: start + 4 })).toEqual({
      before: "Derefter: ",
      word: "Mine",
      after: " mål",
    });
    const dyr = text.indexOf("dyr");
    expect(readingLine(text, { start: dyr, end: dyr + 3 })).toEqual({
      before: "Jeg vil arbejde med ",
      word: "dyr",
      after: "!",
    });
  });

  it("shows the first sentence, nothing marked, before the first word", () => {
    expect(readingLine(text, null)).toEqual({ before: "Nu: Velkommen.", word: "", after: "" });
  });
});
