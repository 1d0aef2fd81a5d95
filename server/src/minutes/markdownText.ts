/**
 * User text inside the minutes' Markdown. Whatever a participant wrote stays one run of text in
 * its place: a line break cannot start a heading, a list item or an approval line of its own, and
 * `*`, `_`, `` ` ``, `[`, `<` and the like are the writer's characters, not formatting. Backslash
 * escapes (CommonMark's own way) keep every letter: a reader of the Markdown sees them as written,
 * and `plainText` gives the PDF the letters back.
 */

// Line breaks of every kind, including Unicode's line and paragraph separators.
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
// Characters that format inline, start raw HTML or an entity, or link.
const INLINE = /[\\`*_[\]<>&~|]/g;
// What makes a list item, heading or quote at the start of a line (the text follows "- " or "1. ").
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|\d{1,9}(?=[.)](\s|$)))/;

export function markdownText(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, " ").trim();
  const escaped = oneLine.replace(INLINE, (character) => `\\${character}`);
  const start = BLOCK_START.exec(escaped);
  if (!start) return escaped;
  // "1." stays "1\." and "#" becomes "\#": read as written, not as structure.
  return /^\d/.test(start[0]) ? `${start[0]}\\${escaped.slice(start[0].length)}` : `\\${escaped}`;
}

/**
 * A line of the minutes' Markdown as plain text for the PDF: Samplan's own emphasis markers
 * removed, and escaped characters given back as the writer typed them.
 */
export function plainText(line: string): string {
  let plain = "";
  for (let i = 0; i < line.length; i++) {
    const character = line[i] as string;
    // A backslash ending the line is Samplan's hard line break (markdownItem.ts): the next line
    // says the rest. A writer's own backslash is always escaped, so never ends a line alone.
    if (character === "\\" && i === line.length - 1) continue;
    if (character === "\\" && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line[i + 1] as string)) {
      plain += line[i + 1];
      i++;
    } else if (character !== "*" && character !== "`") {
      plain += character;
    }
  }
  return plain;
}
