import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownItem } from "./markdownItem.ts";
import { plainText } from "./markdownText.ts";

describe("what someone wrote, as an item of the minutes", () => {
  it("keeps a numbered list as a Markdown list under the goal", () => {
    expect(
      markdownItem(
        "1.",
        "Det vil hjælpe:\n1. sove om natten\n2. gå tur\n  - med hunden",
        " *(med borgerens egne ord)*",
      ),
    ).toEqual([
      "1. Det vil hjælpe: *(med borgerens egne ord)*",
      "   1. sove om natten",
      "   2. gå tur",
      "      - med hunden",
    ]);
  });

  it("keeps a line break as Markdown's hard break, and text after a list apart from the list", () => {
    expect(markdownItem("-", "Ringe til lægen\nog til jobcentret\n- i dag\nTak")).toEqual([
      "- Ringe til lægen\\",
      // A bullet list may follow a line directly.
      "  og til jobcentret",
      "  - i dag",
      "",
      "  Tak",
    ]);
  });

  it("gives a list starting at 5 a line of its own, so '5. maj' is not read as more of the line before", () => {
    expect(markdownItem("-", "Møde:\n5. maj på jobcentret")).toEqual(["- Møde:", "", "  5. maj på jobcentret"]);
    expect(markdownItem("-", "5. maj på jobcentret")).toEqual(["-", "  5. maj på jobcentret"]);
  });

  it("lets no word make structure of its own: a heading or a list in the words stays words", () => {
    const lines = markdownItem("-", "# Godkendt\n1) af Karin\n  ## Mål");
    expect(lines).toEqual(["- \\# Godkendt\\", "  1\\) af Karin\\", "  \\## Mål"]);
  });

  it("keeps every letter, in its order, whatever is written", () => {
    const letters = fc.constantFrom(
      "a",
      "ø",
      "Å",
      " ",
      "-",
      "1",
      "2",
      ".",
      ")",
      "*",
      "_",
      "#",
      "\\",
      "`",
      "<",
      "[",
      "ا",
    );
    const line = fc.array(letters, { maxLength: 12 }).map((l) => l.join(""));
    const indent = fc.constantFrom("", "  ", "    ");
    const marker = fc.constantFrom("", "- ", "1. ", "2. ", "7. ");
    const text = fc
      .array(
        fc.tuple(indent, marker, line).map((parts) => parts.join("")),
        { minLength: 1, maxLength: 8 },
      )
      .map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(text, (written) => {
        const shown = markdownItem("-", written).map(plainText).join("");
        const without = (s: string) => s.replace(/\s/g, "");
        expect(without(shown)).toBe(without(`-${written}`));
      }),
      { numRuns: 500 },
    );
  });
});
