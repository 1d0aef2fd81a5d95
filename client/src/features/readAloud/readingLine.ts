import type { Word } from "./speech.ts";

/** The sentence being read, split around the word the voice has reached. */
export interface ReadingLine {
  before: string;
  word: string;
  after: string;
}

// A sentence ends at . ! ? or a line break; the item's paragraphs come as lines.
const END = /[.!?\n]/;

/**
 * Only the sentence with the word, not the whole text: the line under the button stays short
 * even when the whole summary is read. Before the first word: the first sentence, nothing marked.
 */
export function readingLine(text: string, word: Word | null): ReadingLine {
  const at = word ? word.start : 0;
  let start = at;
  while (start > 0 && !END.test(text.charAt(start - 1))) start--;
  let end = word ? word.end : 0;
  while (end < text.length && !END.test(text.charAt(end))) end++;
  if (end < text.length && text.charAt(end) !== "\n") end++;
  if (!word) return { before: text.slice(start, end).trim(), word: "", after: "" };
  return {
    before: text.slice(start, word.start).trimStart(),
    word: text.slice(word.start, word.end),
    after: text.slice(word.end, end).trimEnd(),
  };
}
