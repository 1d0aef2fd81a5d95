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

/** A stretch of text with the same marks written under the same client id. */
export interface RichRun {
  text: string;
  /** TipTap's mark names (bold, italic, …) with their attributes, as y-prosemirror stores them. */
  marks: Record<string, unknown>;
  /** The Yjs client id it was written under: whose connection wrote it, once the server has said. */
  client: number;
}

/** A rich text as plain data, for views that draw it without an editor. Names are TipTap's StarterKit nodes. */
export type RichNode = { kind: "element"; name: string; children: RichNode[] } | { kind: "text"; runs: RichRun[] };

/**
 * The one walk over a rich text's Yjs nodes: the big screen draws what it gives, and the plain text
 * and the attribution's runs read the same. Only what is not deleted, marks as they apply.
 */
export function readRichText(richText: RichText): RichNode[] {
  return richText.toArray().map(readNode);
}

/** Calls `changed` after any change inside the rich text; returns how to stop. */
export function observeRichText(richText: RichText, changed: () => void): () => void {
  richText.observeDeep(changed);
  return () => richText.unobserveDeep(changed);
}

function readNode(node: unknown): RichNode {
  if (node instanceof Y.XmlText) return { kind: "text", runs: textRuns(node) };
  if (node instanceof Y.XmlElement)
    return { kind: "element", name: node.nodeName, children: node.toArray().map(readNode) };
  return { kind: "element", name: "unknown", children: [] };
}

// What toDelta does, keeping each stretch's client id: formats are items of their own in the list,
// setting a mark from where they stand (a null value ends it).
function textRuns(text: Y.XmlText): RichRun[] {
  const runs: RichRun[] = [];
  const marks: Record<string, unknown> = {};
  for (let item = text._start; item; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentFormat) {
      const { key, value } = item.content;
      if (value === null) delete marks[key];
      else marks[key] = value;
    } else if (item.content instanceof Y.ContentString) {
      runs.push({ text: item.content.str, marks: { ...marks }, client: item.id.client });
    }
  }
  return runs;
}

/**
 * Every run in reading order, with `null` for each line break the plain text has: between blocks,
 * and between the items of a bullet list.
 */
export function forEachRun(richText: RichText, visit: (run: RichRun | null) => void): void {
  readRichText(richText).forEach((block, index) => {
    if (index > 0) visit(null);
    visitNode(block, visit);
  });
}

function visitNode(node: RichNode, visit: (run: RichRun | null) => void): void {
  if (node.kind === "text") {
    for (const run of node.runs) visit(run);
    return;
  }
  const breaks = node.name === "listItem" || node.name === "bulletList";
  node.children.forEach((child, index) => {
    if (index > 0 && breaks) visit(null);
    visitNode(child, visit);
  });
}

/** The words of a rich text without formatting, one line per block. */
export function plainText(richText: RichText): string {
  let text = "";
  forEachRun(richText, (run) => {
    text += run ? run.text : "\n";
  });
  return text;
}
