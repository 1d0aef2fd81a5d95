/**
 * How hard a text is to read, for the hint a professional sees while writing in the plan and for
 * the check that the citizen's own summary ("Det aftalte vi") stays plain. Text logic only: no
 * words of ours, so both sides and the tests can use it.
 *
 * LIX (læsbarhedsindeks, C.-H. Björnsson 1968): words per sentence + 100 × the share of long words
 * (more than 6 letters). Danish rules of thumb: under 25 easy (children's books), 25–34 easy
 * (everyday), 35–44 medium (newspapers), 45–54 hard (professional texts), 55 and over very hard
 * (legal texts).
 */

/** Above this LIX a text is "hard" for many readers: newspaper level and up (issue 21). */
export const HARD_LIX = 40;

/**
 * Fewer words than this and LIX means little: one long word in a three-word note ("Ring til
 * jobcentret") gives 33 by itself. Ten words is about one ordinary sentence; below that only the
 * abbreviations and the very long words are looked at.
 */
export const LIX_MIN_WORDS = 10;

/**
 * A word this long is hard to read in one go even when it is familiar: 18 letters and more
 * ("virksomhedspraktik", "beskæftigelsesindsats"). Set above the compounds most citizens know by
 * heart ("ungdomsuddannelse" 17, "socialrådgiveren" 16), so the hint names the words that matter.
 */
export const LONG_WORD_LETTERS = 18;

/**
 * Case-work abbreviations a citizen should not have to decode, each with what it stands for.
 * The short forms of everyday Danish that most readers know (fx, ca., evt., pga., bl.a.) and
 * abbreviations everybody uses as words (SU, CPR) are left out: the hint is for case-work jargon.
 * Dotted ones match in any case and with or without the last dot ("ift", "Jf."); the capital ones
 * match only in capitals, so an ordinary word ("sel", "lab") is not mistaken for a law.
 */
export const JARGON: readonly { written: string; meaning: string }[] = [
  { written: "jf.", meaning: "jævnfør" },
  { written: "ift.", meaning: "i forhold til" },
  { written: "iht.", meaning: "i henhold til" },
  { written: "mht.", meaning: "med hensyn til" },
  { written: "mhp.", meaning: "med henblik på" },
  { written: "ifm.", meaning: "i forbindelse med" },
  { written: "pba.", meaning: "på baggrund af" },
  { written: "vedr.", meaning: "vedrørende" },
  { written: "§", meaning: "paragraf i en lov" },
  { written: "LAB", meaning: "lov om en aktiv beskæftigelsesindsats" },
  { written: "SEL", meaning: "serviceloven" },
  { written: "LAS", meaning: "retssikkerhedsloven" },
  { written: "STU", meaning: "særligt tilrettelagt ungdomsuddannelse" },
  { written: "FGU", meaning: "forberedende grunduddannelse" },
  { written: "KUI", meaning: "kommunal ungeindsats" },
  { written: "UU", meaning: "ungdommens uddannelsesvejledning" },
  { written: "PPR", meaning: "pædagogisk psykologisk rådgivning" },
  { written: "BPA", meaning: "borgerstyret personlig assistance" },
  { written: "VUM", meaning: "voksenudredningsmetoden" },
  { written: "KL", meaning: "Kommunernes Landsforening" },
];

/** What makes a text hard to read: empty lists and a LIX at or under HARD_LIX when nothing does. */
export interface Readability {
  /** null: too few words for the index to say anything (LIX_MIN_WORDS). */
  lix: number | null;
  /** Words of LONG_WORD_LETTERS letters or more, as first written, each once. */
  longWords: string[];
  /** Entries of JARGON found in the text, as listed there, each once. */
  jargon: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /\p{L}/gu;
const WORD_TEST = /[\p{L}\p{N}]/u;
// A sentence ends at . ! ? or : before a space (Björnsson counts the colon), and at a line break:
// every item of the plan, and every line of it, is at least one sentence, full stop or not.
const SENTENCE_BREAK = /(?<=[.!?:])\s+|\n+/u;

function letterCount(word: string): number {
  return word.match(LETTERS)?.length ?? 0;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Made on first use, not on import: pages that never measure a text (the start page shares a
// chunk with the record) do not pay for it.
let jargonPatterns: { written: string; pattern: RegExp }[] | null = null;
function patterns(): { written: string; pattern: RegExp }[] {
  jargonPatterns ??= JARGON.map(({ written }) => {
    if (written === "§") return { written, pattern: /§/u };
    const dotted = written.endsWith(".");
    const body = escaped(dotted ? written.slice(0, -1) : written);
    // Not part of a longer word on either side ("Lab" in "Labrador", "jf" in "jfr").
    const source = `(?<![\\p{L}\\p{N}])${body}${dotted ? "\\.?" : ""}(?![\\p{L}\\p{N}])`;
    return { written, pattern: new RegExp(source, dotted ? "iu" : "u") };
  });
  return jargonPatterns;
}

/** The text's words: runs of letters and digits ("e-mail" is two; "§ 32" is one, "32"). */
function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** LIX of a text, whatever its length; 0 for a text without words. */
export function lix(text: string): number {
  const all = words(text);
  if (all.length === 0) return 0;
  // An abbreviation's dot ends no sentence: "jf. LAB § 32" is one.
  const withoutAbbreviations = patterns().reduce(
    (rest, { written, pattern }) => (written.endsWith(".") ? rest.replace(new RegExp(pattern, "giu"), "x") : rest),
    text,
  );
  const sentences = Math.max(
    1,
    withoutAbbreviations.split(SENTENCE_BREAK).filter((part) => WORD_TEST.test(part)).length,
  );
  const long = all.filter((word) => letterCount(word) > 6).length;
  return all.length / sentences + (100 * long) / all.length;
}

/** What, if anything, makes this text hard to read. */
export function readability(text: string): Readability {
  const all = words(text);
  const long = all.filter((word) => letterCount(word) >= LONG_WORD_LETTERS);
  const longWords = long.filter(
    (word, index) => long.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === index,
  );
  const jargon = patterns()
    .filter(({ pattern }) => pattern.test(text))
    .map(({ written }) => written);
  return { lix: all.length >= LIX_MIN_WORDS ? lix(text) : null, longWords, jargon };
}

/** Hard for many readers: over HARD_LIX, a very long word, or case-work jargon. */
export function isHardToRead({ lix, longWords, jargon }: Readability): boolean {
  return (lix !== null && lix > HARD_LIX) || longWords.length > 0 || jargon.length > 0;
}
