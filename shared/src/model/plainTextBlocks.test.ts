import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { paragraphs, plainText, type RichNode, readRichText } from "./richText.ts";

// A generated document uses only what a plan item may hold (see TextEditor.tsx): paragraphs, hard
// breaks, bullet and numbered lists (nested), bold and italic.
type Run = { text: string; marks: Record<string, true> };
type Block = { kind: "paragraph"; lines: Run[][] } | { kind: "list"; ordered: boolean; start: number; items: Item[] };
type Item = { lines: Run[][]; list: Block | null };

// Words as people write them, with the characters Markdown and the plain text's own format use.
const LETTERS = ["a", "b", "æ", "Ø", "å", " ", "-", "1", "9", ".", "*", "_", "#", "\\", "`", "ا"];
const run = fc.record({
  text: fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 }).map((l) => l.join("")),
  marks: fc.constantFrom<Record<string, true>>({}, { bold: true }, { italic: true }, { bold: true, italic: true }),
});
// A line that does not itself start like a list item or with a space: such a line reads back as
// the list item it looks like (the one place the format is not one-to-one, said in plainTextBlocks.ts).
const line = fc
  .array(run, { maxLength: 3 })
  .filter((runs) => !/^(\s|-( |$)|\d{1,9}\.( |$))/.test(runs.map((r) => r.text).join("")));
const lines = fc.array(line, { minLength: 1, maxLength: 3 });
const list = (depth: number): fc.Arbitrary<Block> =>
  fc.record({
    kind: fc.constant("list" as const),
    ordered: fc.boolean(),
    start: fc.integer({ min: 1, max: 12 }),
    items: fc.array(
      fc.record({
        lines,
        list: depth < 2 ? fc.option(fc.constant(null).chain(() => list(depth + 1))) : fc.constant(null),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });
const documentBlocks = fc.array(fc.oneof(fc.record({ kind: fc.constant("paragraph" as const), lines }), list(0)), {
  minLength: 1,
  maxLength: 4,
});

// Built into the document as it goes: Yjs writes formatted text only into a type that is in one.
function build(blocks: Block[]): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment("text");
  for (const block of blocks) append(fragment, block);
  return fragment;
}

function append(parent: Y.XmlFragment | Y.XmlElement, block: Block): void {
  if (block.kind === "paragraph") {
    appendParagraph(parent, block.lines);
    return;
  }
  const list = new Y.XmlElement(block.ordered ? "orderedList" : "bulletList");
  parent.push([list]);
  if (block.ordered) list.setAttribute("start", block.start as unknown as string);
  for (const item of block.items) {
    const listItem = new Y.XmlElement("listItem");
    list.push([listItem]);
    appendParagraph(listItem, item.lines);
    if (item.list) append(listItem, item.list);
  }
}

function appendParagraph(parent: Y.XmlFragment | Y.XmlElement, lines: Run[][]): void {
  const p = new Y.XmlElement("paragraph");
  parent.push([p]);
  lines.forEach((runs, index) => {
    if (index > 0) p.push([new Y.XmlElement("hardBreak")]);
    if (runs.length === 0) return;
    const text = new Y.XmlText();
    p.push([text]);
    for (const r of runs) text.insert(text.length, r.text, r.marks);
  });
}

/**
 * What the plain text can say, and nothing else: no marks; a hard break in a paragraph of its own
 * is a new paragraph (both are a line); an item's paragraphs are one with hard breaks; lists next to
 * each other that count on are one list.
 */
type Normal = { p: string } | { list: "ul" | "ol"; start: number; items: { lines: string[]; lists: Normal[] }[] };
function normal(nodes: RichNode[]): Normal[] {
  const out: Normal[] = [];
  for (const node of nodes) {
    if (node.kind !== "element") continue;
    if (node.name === "paragraph") for (const l of linesOf(node)) out.push({ p: l });
    else {
      const ordered = node.name === "orderedList";
      const start = ordered ? Number(node.attributes?.start ?? 1) : 1;
      const items = node.children.map((item) => {
        const children = item.kind === "element" ? item.children : [];
        const paragraphs = children.filter((c) => c.kind === "element" && c.name === "paragraph");
        return {
          lines: paragraphs.flatMap((c) => linesOf(c)),
          lists: normal(children.filter((c) => c.kind === "element" && c.name !== "paragraph")),
        };
      });
      const last = out[out.length - 1];
      if (
        last &&
        "list" in last &&
        last.list === (ordered ? "ol" : "ul") &&
        (!ordered || last.start + last.items.length === start)
      ) {
        last.items.push(...items);
      } else out.push({ list: ordered ? "ol" : "ul", start, items });
    }
  }
  return out;
}

function linesOf(node: RichNode): string[] {
  const lines = [""];
  if (node.kind === "element") {
    for (const child of node.children) {
      if (child.kind === "text") lines[lines.length - 1] += child.runs.map((r) => r.text).join("");
      else if (child.name === "hardBreak") lines.push("");
    }
  }
  return lines;
}

function readBack(text: string): RichNode[] {
  const fragment = new Y.Doc().getXmlFragment("text");
  fragment.insert(0, paragraphs(text));
  return readRichText(fragment);
}

describe("an item's plain text read back into rich text", () => {
  it("gives back the same document: its paragraphs, line breaks and lists, nested or numbered from anywhere", () => {
    fc.assert(
      fc.property(documentBlocks, (blocks) => {
        const fragment = build(blocks);
        const text = plainText(fragment);
        const back = readBack(text);
        expect(normal(back)).toEqual(normal(readRichText(fragment)));
        // And the text of what came back is the same text, so going round twice changes nothing.
        const again = new Y.Doc().getXmlFragment("text");
        again.insert(0, paragraphs(text));
        expect(plainText(again)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("writes list items as '- ' and '1. ' lines and a hard break as a line break, indented under its item", () => {
    const text = "Det vil hjælpe:\n1. sove om natten\n  også i weekenden\n2. gå tur\n  - med hunden\nTak";
    const fragment = new Y.Doc().getXmlFragment("text");
    fragment.insert(0, paragraphs(text));
    expect(readRichText(fragment).map((node) => node.kind === "element" && node.name)).toEqual([
      "paragraph",
      "orderedList",
      "paragraph",
    ]);
    expect(plainText(fragment)).toBe(text);
  });

  it("keeps a list that starts at 5, as a date like '5. maj' typed at the start of a line", () => {
    const fragment = new Y.Doc().getXmlFragment("text");
    fragment.insert(0, paragraphs("5. maj: møde på jobcentret"));
    expect(plainText(fragment)).toBe("5. maj: møde på jobcentret");
  });
});
