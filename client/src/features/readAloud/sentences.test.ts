import { describe, expect, it } from "vitest";
import { sentences } from "./sentences.ts";

describe("sentences", () => {
  it("ends every line as a sentence and leaves out empty ones", () => {
    expect(sentences(["Det aftalte vi", " ", "Dine mål", "Jeg vil arbejde med dyr.", "Hvornår?"])).toBe(
      "Det aftalte vi. Dine mål. Jeg vil arbejde med dyr. Hvornår?",
    );
  });
});
