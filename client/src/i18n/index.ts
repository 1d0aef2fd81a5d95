import { DATE_LOCALES, Language, RIGHT_TO_LEFT } from "@samplan/shared/vocabulary";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { TranslationAbout } from "./citizenKeys.ts";
import { commonWords } from "./da/commonWords.ts";

export const LANGUAGES = Language.options;
export type { Language };
/** The professionals' pages are in Danish or English; the other languages are the citizen's (issue 21). */
export const STAFF_LANGUAGES = ["da", "en"] as const satisfies readonly Language[];

const STORAGE_KEY = "samplan.language";

function isLanguage(value: unknown): value is Language {
  return Language.safeParse(value).success;
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : "da";
  } catch {
    // Storage can be blocked (private mode, policies); Danish is the right default anyway.
    return "da";
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "da";
}

const dateLocales = new Map<Language, string>();

/**
 * Dates and numbers in the interface language (see DATE_LOCALES for why Western digits). A browser
 * may lack a language's calendar words (Chromium ships none for Somali, and would write the date in
 * the device's Danish): then English, whose month names are closest to Somali's own ("Diseembar").
 */
export function localeFor(language: string | undefined): string {
  const chosen: Language = isLanguage(language) ? language : "da";
  let locale = dateLocales.get(chosen);
  if (!locale) {
    const wanted = DATE_LOCALES[chosen];
    locale = Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : DATE_LOCALES.en;
    dateLocales.set(chosen, locale);
  }
  return locale;
}

export function isRightToLeft(language: Language): boolean {
  return RIGHT_TO_LEFT.includes(language);
}

// Danish and English are Samplan's own words; the citizen's languages say who translated them.
const SAMPLANS_OWN: TranslationAbout = { translatedBy: "Samplan", reviewed: true };
// Filled as each language is loaded; one not loaded (Danish is there from the start) is not
// said to be unreviewed.
const ABOUT = new Map<Language, TranslationAbout>();

/** Whether the citizen should be told the words are machine-translated and she may ask. */
export function isUnreviewed(language: Language): boolean {
  return ABOUT.get(language)?.reviewed === false;
}

type Loaded = { words: object; about: TranslationAbout };

// Only the language in use is downloaded: Danish comes with the first load (its common part; each
// page brings its own part, see pageWords.ts), the others when chosen. A citizen's language has the
// citizen's keys only; the rest falls back to Danish, which is why a page's Danish part is loaded
// whatever language she reads.
const LOADERS: Record<Language, () => Promise<Loaded>> = {
  da: async () => ({ words: commonWords, about: SAMPLANS_OWN }),
  en: async () => ({ words: (await import("./en.ts")).en, about: SAMPLANS_OWN }),
  ar: () => import("./citizen/ar.ts"),
  so: () => import("./citizen/so.ts"),
  uk: () => import("./citizen/uk.ts"),
  tr: () => import("./citizen/tr.ts"),
  fa: () => import("./citizen/fa.ts"),
  pl: () => import("./citizen/pl.ts"),
  ur: () => import("./citizen/ur.ts"),
};

async function load(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    const { words, about } = await LOADERS[language]();
    ABOUT.set(language, about);
    i18n.addResourceBundle(language, "translation", words);
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but still switched for this one.
  }
  void load(language).then(() => i18n.changeLanguage(language));
}

i18n.on("languageChanged", (language) => {
  const active = isLanguage(language) ? language : "da";
  document.documentElement.lang = active;
  // Arabic, Farsi and Urdu read right to left: the whole page mirrors (the CSS uses logical sides).
  document.documentElement.dir = isRightToLeft(active) ? "rtl" : "ltr";
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: commonWords } },
  lng: "da",
  fallbackLng: "da",
  supportedLngs: LANGUAGES,
  // React escapes what it renders; escaping here as well would show &amp; to the reader.
  interpolation: { escapeValue: false },
  // One namespace and dotted keys, said outright: left to itself, i18next checks every key of every
  // t() call for a namespace prefix and for whether it looks like a sentence rather than a path (a
  // regular expression built per call), which her first render pays a few hundred times.
  nsSeparator: false,
  keySeparator: ".",
  returnNull: false,
});

/** Resolves once the language remembered from the last visit is loaded: render after it. */
export const languageReady: Promise<void> = (async () => {
  const stored = storedLanguage();
  if (stored === "da") return;
  try {
    await load(stored);
    await i18n.changeLanguage(stored);
  } catch {
    // Offline before the language was ever loaded: Danish, the default, rather than nothing.
  }
})();

export { i18n };
