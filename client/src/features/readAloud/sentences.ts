/**
 * Lines of a page (headings, list items) as one text to read: each ends as a sentence, so the
 * voice pauses between "Dine mål" and the first goal instead of running them together.
 */
export function sentences(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(" ");
}
