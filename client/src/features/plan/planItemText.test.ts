import { plainText } from "@samplan/shared/model";
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { initProseMirrorDoc } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { planItemExtensions } from "./planItemText.ts";

/** A goal written before the toolbar: a heading, a quote, a code block, a rule, and marks no longer offered. */
function writtenBefore(): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment("goal");
  const element = (name: string, words?: string, attributes: Record<string, unknown> = {}) => {
    const node = new Y.XmlElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value as string);
    if (words) node.insert(0, [new Y.XmlText(words)]);
    return node;
  };
  const quote = element("blockquote");
  quote.insert(0, [element("paragraph", "Hun sagde det selv")]);
  fragment.insert(0, [
    element("heading", "Bolig", { level: 2 }),
    quote,
    element("codeBlock", "ikke kode", { language: null }),
    element("horizontalRule"),
    element("paragraph"),
  ]);
  const marked = fragment.get(4) as Y.XmlElement;
  const text = new Y.XmlText();
  marked.insert(0, [text]);
  text.insert(0, "gennemstreget", { strike: true });
  text.insert(text.length, " kode", { code: true });
  text.insert(text.length, " understreget", { underline: true });
  return fragment;
}

describe("what a plan item's editor can read", () => {
  it("opens a text written before the toolbar unchanged: nothing in it is deleted", () => {
    const fragment = writtenBefore();
    const before = fragment.toString();
    const { doc } = initProseMirrorDoc(fragment, getSchema(planItemExtensions()));
    expect(fragment.toString()).toBe(before);
    expect(doc.childCount).toBe(5);
    expect(doc.child(0).type.name).toBe("heading");
    expect(plainText(fragment)).toBe("Bolig\nHun sagde det selv\nikke kode\n\ngennemstreget kode understreget");
  });

  it("would lose it with a schema that left those nodes out, which is why they stay in", () => {
    const fragment = writtenBefore();
    const narrow = StarterKit.configure({ heading: false, codeBlock: false, blockquote: false, horizontalRule: false });
    initProseMirrorDoc(fragment, getSchema([narrow]));
    expect(fragment.toString()).not.toContain("<heading");
  });
});
