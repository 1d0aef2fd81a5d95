import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { da } from "./da.ts";
import { en } from "./en.ts";

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

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but still switched for this one.
  }
  void i18n.changeLanguage(language);
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = isLanguage(language) ? language : "da";
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "da",
  supportedLngs: LANGUAGES,
  // React escapes what it renders; escaping here as well would show &amp; to the reader.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
