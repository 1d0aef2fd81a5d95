import * as Y from "yjs";
import { parsePlainText, toYElement } from "./plainTextBlocks.ts";

/**
 * The rich text of one list item, edited by its own TipTap editor. Components receive it as an
 * opaque handle to give to the editor; only functions in this package look inside.
 */
export type RichText = Y.XmlFragment;

/**
 * Rich text written by code (tests, carry-over, a note typed in a plain field) from plain text as
 * `plainText` gives it: lines starting "- " or "1. " become lists again, so text that goes through
 * the record and back keeps its shape (see plainTextDocument.ts).
 */
export function paragraphs(text: string): Y.XmlElement[] {
  return parsePlainText(text).map(toYElement);
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
export type RichNode =
  | { kind: "element"; name: string; children: RichNode[]; attributes?: Record<string, unknown> }
  | { kind: "text"; runs: RichRun[] };

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
  if (node instanceof Y.XmlElement) {
    const element: RichNode = { kind: "element", name: node.nodeName, children: node.toArray().map(readNode) };
    const attributes = node.getAttributes();
    // Only what says something to a reader: where a numbered list starts counting.
    if (node.nodeName === "orderedList" && attributes.start !== undefined)
      element.attributes = { start: attributes.start };
    return element;
  }
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
 * Every run in reading order, and between them the text the plain text adds (`layout`): a line
 * break between blocks, between list items and for a hard break, and each list item's "- " or
 * "1. " with two spaces per list it stands in.
 */
export function forEachRun(richText: RichText, visit: (run: RichRun | { layout: string }) => void): void {
  readRichText(richText).forEach((block, index) => {
    if (index > 0) visit({ layout: "\n" });
    visitBlock(block, 0, visit);
  });
}

type Visit = (run: RichRun | { layout: string }) => void;

/** A block at `depth` lists deep; its first line is already started (marker or line break written). */
function visitBlock(node: RichNode, depth: number, visit: Visit): void {
  if (node.kind === "text") {
    for (const run of node.runs) visit(run);
    return;
  }
  if (node.name === "hardBreak") {
    visit({ layout: `\n${"  ".repeat(depth)}` });
    return;
  }
  if (node.name === "bulletList" || node.name === "orderedList") {
    const start = Number(node.attributes?.start ?? 1);
    node.children.forEach((item, index) => {
      if (index > 0) visit({ layout: "\n" });
      const marker = node.name === "bulletList" ? "-" : `${Number.isInteger(start) ? start + index : index + 1}.`;
      visit({ layout: `${"  ".repeat(depth)}${marker} ` });
      visitBlock(item, depth + 1, visit);
    });
    return;
  }
  // A list item's paragraphs after the first go on lines of their own under its marker; a list in
  // it is indented one step further. Other blocks (a heading, a quote from before the toolbar) are
  // read as their words.
  const inItem = node.name === "listItem";
  node.children.forEach((child, index) => {
    const list = child.kind === "element" && (child.name === "bulletList" || child.name === "orderedList");
    if (index > 0 && (inItem || isBlock(child))) visit({ layout: list ? "\n" : `\n${"  ".repeat(depth)}` });
    visitBlock(child, depth, visit);
  });
}

function isBlock(node: RichNode): boolean {
  return node.kind === "element" && node.name !== "hardBreak";
}

/** The words of a rich text without formatting: one line per block, list items as "- " or "1. " lines. */
export function plainText(richText: RichText): string {
  let text = "";
  forEachRun(richText, (run) => {
    text += "layout" in run ? run.layout : run.text;
  });
  return text;
}
