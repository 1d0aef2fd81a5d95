import { HARD_LIX, type Readability } from "@samplan/shared/record";

/**
 * "Never nags twice on the same text" (issue 21): what the writer saw when she said OK to the
 * hint, so it can stay away while she goes on with that text. It comes back only for something
 * new to say — an abbreviation or a long word that was not there, or a LIX that was not over —
 * or for a text that is mostly new: when fewer than half of its words were there at the OK, it is
 * another text, even if the reasons are the same.
 */
export interface Dismissal {
  reasons: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

/** The words of a text, for telling an edited text from a new one. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/** Each thing the hint would say, as a key: "lix", "jargon:jf.", "long:virksomhedspraktik". */
function reasonsOf({ lix, longWords, jargon }: Readability): string[] {
  return [
    ...(lix !== null && lix > HARD_LIX ? ["lix"] : []),
    ...jargon.map((entry) => `jargon:${entry}`),
    ...longWords.map((word) => `long:${word.toLowerCase()}`),
  ];
}

export function dismissalOf(text: string, readability: Readability): Dismissal {
  return { reasons: new Set(reasonsOf(readability)), words: new Set(wordsOf(text)) };
}

/** Whether an OK given earlier still holds for the text as it is now. */
export function stillDismissed(dismissal: Dismissal, text: string, readability: Readability): boolean {
  if (!reasonsOf(readability).every((reason) => dismissal.reasons.has(reason))) return false;
  const words = wordsOf(text);
  const kept = words.filter((word) => dismissal.words.has(word)).length;
  return words.length === 0 || kept * 2 >= words.length;
}

/**
 * The OKs given in this tab, by item: kept in memory, so an item that is drawn again (the section
 * re-sorted, the meeting rejoined) remembers them. Not kept on the device: the plan's own words
 * are only ever stored there sealed (encryptedDeviceCopy.ts), and a reload asking once more is
 * the smaller harm.
 */
export const dismissals = new Map<string, Dismissal>();
