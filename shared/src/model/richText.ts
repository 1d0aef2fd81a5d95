import * as Y from "yjs";

/**
 * The rich text of one list item, edited by its own TipTap editor. Components receive it as an
 * opaque handle to give to the editor; only functions in this package look inside.
 */
export type RichText = Y.XmlFragment;

/** Paragraphs of plain text as TipTap's `paragraph` nodes, for text written by code (tests, carry-over). */
export function paragraphs(text: string): Y.XmlElement[] {
  return text.split("\n").map((line) => {
    const paragraph = new Y.XmlElement("paragraph");
    if (line.length > 0) paragraph.insert(0, [new Y.XmlText(line)]);
    return paragraph;
  });
}

/** The words of a rich text without formatting, one line per block. */
export function plainText(richText: RichText): string {
  const blocks: string[] = [];
  for (const child of richText.toArray()) {
    blocks.push(textOf(child));
  }
  return blocks.join("\n");
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === "string" ? op.insert : ""))
      .join("");
  }
  if (node instanceof Y.XmlElement) {
    return node
      .toArray()
      .map((child) => textOf(child as Y.XmlElement | Y.XmlText))
      .join(node.nodeName === "listItem" || node.nodeName === "bulletList" ? "\n" : "");
  }
  return "";
}
