import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { plainText, readRichText } from "./richText.ts";

function fragmentWith(build: (fragment: Y.XmlFragment) => void): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment("text");
  build(fragment);
  return fragment;
}

describe("a rich text read as plain data", () => {
  it("gives each stretch its marks as TipTap set them, and leaves out what was deleted", () => {
    const fragment = fragmentWith((f) => {
      const paragraph = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      f.insert(0, [paragraph]);
      text.insert(0, "Jeg vil ");
      text.insert(8, "arbejde", { bold: true });
      // Formats are items of their own: an empty one ends the bold, as TipTap writes it.
      text.insert(15, " udenfor med dyr", {});
      text.delete(23, 9);
    });
    expect(readRichText(fragment)).toEqual([
      {
        kind: "element",
        name: "paragraph",
        children: [
          {
            kind: "text",
            runs: [
              expect.objectContaining({ text: "Jeg vil ", marks: {} }),
              expect.objectContaining({ text: "arbejde", marks: { bold: true } }),
              expect.objectContaining({ text: " udenfor", marks: {} }),
            ],
          },
        ],
      },
    ]);
    expect(plainText(fragment)).toBe("Jeg vil arbejde udenfor");
  });

  it("breaks lines between blocks and writes a bullet list's items as '- ' lines, as the minutes show them", () => {
    const fragment = fragmentWith((f) => {
      const item = (words: string) => {
        const listItem = new Y.XmlElement("listItem");
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(words)]);
        listItem.insert(0, [paragraph]);
        return listItem;
      };
      const list = new Y.XmlElement("bulletList");
      list.insert(0, [item("sove om natten"), item("gå tur")]);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("Det vil hjælpe:")]);
      f.insert(0, [paragraph, list]);
    });
    expect(plainText(fragment)).toBe("Det vil hjælpe:\n- sove om natten\n- gå tur");
  });
});
