import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { da, type Translation } from "./da.ts";

export const LANGUAGES = ["da", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

// Dates and times follow the interface language; en-GB rather than en-US because readers here
// expect day-month order and a 24-hour clock.
const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };
const STORAGE_KEY = "samplan.language";

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
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

export function localeFor(language: string | undefined): string {
  return isLanguage(language) ? LOCALES[language] : LOCALES.da;
}

// Only the language in use is downloaded: Danish comes with the first load, English when chosen.
const LOADERS: Record<Language, () => Promise<Translation>> = {
  da: async () => da,
  en: async () => (await import("./en.ts")).en,
};

async function load(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    i18n.addResourceBundle(language, "translation", await LOADERS[language]());
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
  document.documentElement.lang = isLanguage(language) ? language : "da";
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da } },
  lng: "da",
  fallbackLng: "da",
  supportedLngs: LANGUAGES,
  // React escapes what it renders; escaping here as well would show &amp; to the reader.
  interpolation: { escapeValue: false },
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
    // Offline before English was ever loaded: Danish, the default, rather than nothing.
  }
})();

export { i18n };
