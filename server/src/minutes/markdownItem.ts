import { type PlainBlock, parsePlainText } from "@samplan/shared/model";
import { markdownText as md } from "./markdownText.ts";

/**
 * A list item of the minutes that holds what a person wrote: `marker` ("1." or "-"), the text's
 * first line, `after` (Samplan's own words about it, already Markdown), and the rest of the text
 * under the item, its lists as Markdown lists and its line breaks as hard breaks. The structure is
 * Samplan's, read from the plain text's "- " and "1. " lines (plainTextBlocks.ts); every word in
 * it still goes through `md`, so what a person typed can never make structure of its own.
 */
export function markdownItem(marker: string, text: string, after = ""): string[] {
  const blocks = parsePlainText(text);
  const first = blocks[0]?.kind === "paragraph" ? (blocks.shift() as { lines: string[] }).lines : [""];
  const lines = [`${marker} ${md(first[0] ?? "")}${after}`.trimEnd()];
  const rest: PlainBlock[] = first.length > 1 ? [{ kind: "paragraph", lines: first.slice(1) }, ...blocks] : blocks;
  writeBlocks(rest, " ".repeat(marker.length + 1), lines);
  return lines;
}

/** Blocks under an item whose words start `pad` in; the last line written is that item's text. */
function writeBlocks(blocks: PlainBlock[], pad: string, lines: string[]): void {
  let afterList = false;
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      for (const line of block.lines) {
        const words = md(line);
        if (words === "") continue;
        // After a list, a blank line: without it the line would be read as more of the list's last item.
        // A line break is CommonMark's hard break, a backslash at the end of the line before; an
        // item whose first line is empty has nothing to break.
        if (afterList) lines.push("");
        else if (!bare(lines[lines.length - 1])) lines[lines.length - 1] += "\\";
        lines.push(`${pad}${words}`);
        afterList = false;
      }
      continue;
    }
    // Only a numbered list starting at 1 may follow a line of text directly (CommonMark).
    if (block.ordered && block.start !== 1 && !afterList && !bare(lines[lines.length - 1])) lines.push("");
    block.items.forEach((item, index) => {
      const marker = block.ordered ? `${block.start + index}.` : "-";
      const [head, ...tail] = item;
      const headLines = head?.kind === "paragraph" ? head.lines : [""];
      lines.push(`${pad}${marker} ${md(headLines[0] ?? "")}`.trimEnd());
      const more: PlainBlock[] = head?.kind === "paragraph" ? tail : item;
      if (headLines.length > 1) more.unshift({ kind: "paragraph", lines: headLines.slice(1) });
      writeBlocks(more, `${pad}${" ".repeat(marker.length + 1)}`, lines);
    });
    afterList = true;
  }
}

/** A list item with no words on its first line: "1." or "-". */
function bare(line: string | undefined): boolean {
  return /^\s*(-|\d+\.)$/.test(line ?? "");
}
