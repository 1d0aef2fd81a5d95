import { i18n } from "./index.ts";

// The Danish parts beyond the first load's (da.ts says which groups each holds), each its own chunk.
const PARTS = {
  plan: async () => (await import("./da/planWords.ts")).planWords,
  meeting: async () => (await import("./da/meetingWords.ts")).meetingWords,
  case: async () => (await import("./da/caseWords.ts")).caseWords,
  admin: async () => (await import("./da/adminWords.ts")).adminWords,
  signIn: async () => (await import("./da/signInWords.ts")).signInWords,
};

export type WordsPart = keyof typeof PARTS;

/**
 * A lazily loaded page together with the Danish words it reads: both download at once, and the
 * words are in i18next before the page's code resolves, so the page never draws a raw key. Danish
 * whatever the language chosen: English has every word, but a citizen's language falls back to
 * Danish for the words it does not translate. A part already added is added again, unchanged.
 */
export async function withWords<Page>(page: Promise<Page>, ...parts: WordsPart[]): Promise<Page> {
  const [loaded, ...words] = await Promise.all([page, ...parts.map((part) => PARTS[part]())]);
  // Each top-level group lives whole in one part (da.ts), so a shallow merge is exact; i18next's
  // default, a deep merge of a JSON copy, costs her meeting page two copies of 40 KB of words.
  for (const part of words)
    i18n.addResourceBundle("da", "translation", part, false, true, { silent: false, skipCopy: true });
  return loaded;
}
