import * as Y from "yjs";

/**
 * An item's plain text (as `plainText` writes it) read back into its blocks. The plain text is what
 * the record keeps (minutes, journal note, a carried-over step), so reading it back lets a list
 * stay a list: in the editor again after carry-over, and as a Markdown list in the minutes.
 *
 * The format: a line "- words" or "3. words" is a list item, two spaces before it for each list it
 * stands in; a line indented like an item's words continues that item (a hard break, or a second
 * paragraph, in the editor); any other line is a paragraph. A paragraph whose own words start with
 * "- " or "1. " reads back as a list item: it looks like one on paper too.
 */
export type PlainBlock = PlainParagraph | PlainList;
/** Lines of one paragraph; more than one when it had hard breaks. */
export interface PlainParagraph {
  kind: "paragraph";
  lines: string[];
}
export interface PlainList {
  kind: "list";
  ordered: boolean;
  /** Where a numbered list starts counting ("5. maj" is item 5). */
  start: number;
  items: PlainBlock[][];
}

const ITEM = /^((?: {2})*)(-|(\d{1,9})\.) (.*)$/;

export function parsePlainText(text: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  // The lists the last line stands in, outermost first.
  const open: PlainList[] = [];
  for (const line of text.split("\n")) {
    const item = ITEM.exec(line);
    const depth = item ? (item[1] as string).length / 2 : 0;
    if (item && depth <= open.length) {
      open.length = Math.min(open.length, depth + 1);
      const ordered = item[3] !== undefined;
      const number = Number(item[3] ?? 1);
      const words = item[4] as string;
      const list = open[depth];
      if (list && list.ordered === ordered && (!ordered || number === list.start + list.items.length)) {
        list.items.push([{ kind: "paragraph", lines: [words] }]);
        continue;
      }
      open.length = depth;
      const fresh: PlainList = {
        kind: "list",
        ordered,
        start: ordered ? number : 1,
        items: [[{ kind: "paragraph", lines: [words] }]],
      };
      const parent = open[depth - 1];
      if (parent) lastOf(parent.items).push(fresh);
      else blocks.push(fresh);
      open.push(fresh);
      continue;
    }
    const level = continuationLevel(line, open.length);
    const list = open[level - 1];
    if (list) {
      open.length = level;
      const words = line.slice(level * 2);
      const item = lastOf(list.items);
      const last = item[item.length - 1];
      if (last?.kind === "paragraph") last.lines.push(words);
      else item.push({ kind: "paragraph", lines: [words] });
      continue;
    }
    open.length = 0;
    blocks.push({ kind: "paragraph", lines: [line] });
  }
  return blocks;
}

/** How many lists deep a line continues an item (its indentation), or 0 for a line of its own. */
function continuationLevel(line: string, openLists: number): number {
  for (let level = openLists; level > 0; level--) {
    if (line.startsWith("  ".repeat(level))) return level;
  }
  return 0;
}

function lastOf(items: PlainBlock[][]): PlainBlock[] {
  return items[items.length - 1] as PlainBlock[];
}

/** A block as the Yjs element TipTap's StarterKit schema reads (paragraph, hardBreak, lists). */
export function toYElement(block: PlainBlock): Y.XmlElement {
  if (block.kind === "paragraph") {
    const paragraph = new Y.XmlElement("paragraph");
    const content: (Y.XmlElement | Y.XmlText)[] = [];
    block.lines.forEach((line, index) => {
      if (index > 0) content.push(new Y.XmlElement("hardBreak"));
      if (line.length > 0) content.push(new Y.XmlText(line));
    });
    paragraph.insert(0, content);
    return paragraph;
  }
  const list = new Y.XmlElement(block.ordered ? "orderedList" : "bulletList");
  if (block.ordered && block.start !== 1) list.setAttribute("start", block.start as unknown as string);
  list.insert(
    0,
    block.items.map((content) => {
      const item = new Y.XmlElement("listItem");
      item.insert(0, content.map(toYElement));
      return item;
    }),
  );
  return list;
}
