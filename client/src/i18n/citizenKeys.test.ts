import { Language } from "@samplan/shared/vocabulary";
import { describe, expect, it } from "vitest";
import * as ar from "./citizen/ar.ts";
import * as fa from "./citizen/fa.ts";
import * as pl from "./citizen/pl.ts";
import * as so from "./citizen/so.ts";
import * as tr from "./citizen/tr.ts";
import * as uk from "./citizen/uk.ts";
import * as ur from "./citizen/ur.ts";
import { CITIZEN_KEYS } from "./citizenKeys.ts";
import { da } from "./da.ts";
import { en } from "./en.ts";

/**
 * Every language has every word its reader needs: English all of Danish's, each citizen language
 * exactly the citizen keys (CITIZEN_KEYS), with the plural forms its grammar has (Intl.PluralRules:
 * Arabic six, Polish and Ukrainian four), and the same {{placeholders}} as the Danish. A key
 * missing, one too many, or a plural form short fails here, naming the language and the key.
 */
const CITIZEN_LANGUAGES = { ar, so, uk, tr, fa, pl, ur };
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: unknown };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") flat.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value as Tree, `${prefix}${key}.`)) flat.set(k, v);
  }
  return flat;
}

const danish = flatten(da);
const base = (key: string) => key.replace(PLURAL, "");
const isCitizenKey = (key: string) => CITIZEN_KEYS.some((path) => base(key) === path || key.startsWith(`${path}.`));

/** The keys `language` must have: Danish's (those `only` keeps), each plural in the language's own forms. */
function expectedKeys(language: string, only: (key: string) => boolean = () => true): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of danish.keys()) {
    if (!only(key)) continue;
    if (PLURAL.test(key)) for (const form of forms) keys.add(`${base(key)}_${form}`);
    else keys.add(key);
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Words whose {{placeholders}} differ from the Danish: a plural form may leave out {{count}} ("يومين"). */
function wrongPlaceholders(words: Map<string, string>): string[] {
  const wrong: string[] = [];
  for (const [key, text] of words) {
    const source = danish.get(key) ?? danish.get(`${base(key)}_other`);
    if (source === undefined) continue;
    const expected = placeholders(source);
    const found = placeholders(text);
    const fits = PLURAL.test(key)
      ? found.every((name) => expected.includes(name)) &&
        expected.filter((n) => n !== "count").every((n) => found.includes(n))
      : found.join() === expected.join();
    if (!fits) wrong.push(`${key}: ${found.join(",")} instead of ${expected.join(",")}`);
  }
  return wrong;
}

function difference(language: string, words: object, only?: (key: string) => boolean) {
  const found = [...flatten(words as Tree).keys()].sort();
  const expected = expectedKeys(language, only);
  return {
    missing: expected.filter((key) => !found.includes(key)),
    extra: found.filter((key) => !expected.includes(key)),
  };
}

describe("the translations", () => {
  it("name only keys that exist in Danish, the source of every key", () => {
    const danishKeys = [...danish.keys()];
    const stale = CITIZEN_KEYS.filter(
      (path) => !danishKeys.some((key) => base(key) === path || key.startsWith(`${path}.`)),
    );
    expect(stale).toEqual([]);
  });

  it("English has every Danish key, in English's plural forms", () => {
    expect(difference("en", en)).toEqual({ missing: [], extra: [] });
    expect(wrongPlaceholders(flatten(en))).toEqual([]);
  });

  it.each(Object.entries(CITIZEN_LANGUAGES))(
    "%s has exactly the citizen keys, in its own plural forms",
    (language, file) => {
      expect(difference(language, file.words, isCitizenKey)).toEqual({ missing: [], extra: [] });
      expect(wrongPlaceholders(flatten(file.words))).toEqual([]);
    },
  );

  it.each(Object.entries(CITIZEN_LANGUAGES))("%s says who translated it and whether it is reviewed", (_, file) => {
    expect(file.about.translatedBy.length).toBeGreaterThan(5);
    expect(typeof file.about.reviewed).toBe("boolean");
  });

  it("cover every language of the citizen's view", () => {
    expect(["da", "en", ...Object.keys(CITIZEN_LANGUAGES)].sort()).toEqual([...Language.options].sort());
  });

  it("would catch a missing key, an extra one, a missing plural form and a lost placeholder", () => {
    const broken = structuredClone(ar.words) as unknown as {
      app: Record<string, unknown>;
      citizenView: { step: Record<string, string> };
      meeting: Record<string, string>;
    };
    delete broken.app.retry;
    broken.app.retryy = "x";
    delete broken.citizenView.step.inDays_few;
    broken.meeting.place = "المكان";
    expect(difference("ar", broken, isCitizenKey)).toEqual({
      missing: ["app.retry", "citizenView.step.inDays_few"],
      extra: ["app.retryy"],
    });
    expect(wrongPlaceholders(flatten(broken))).toEqual(["meeting.place:  instead of place"]);
  });
});
