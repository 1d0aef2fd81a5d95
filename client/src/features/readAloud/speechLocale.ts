import { Language } from "@samplan/shared/vocabulary";

/**
 * The voice asked for when reading aloud: the interface language (so she hears what she reads) with
 * its usual region, which is how devices name their voices ("so-SO", "uk-UA"); Arabic without one,
 * as voices come for many regions. Here rather than in i18n: only the citizen's view reads aloud.
 */
const SPEECH_LOCALES: Record<Language, string> = {
  da: "da-DK",
  en: "en-GB",
  ar: "ar",
  so: "so-SO",
  uk: "uk-UA",
  tr: "tr-TR",
  fa: "fa-IR",
  pl: "pl-PL",
  ur: "ur-PK",
};

export function speechLocaleFor(language: string | undefined): string {
  const known = Language.safeParse(language);
  return known.success ? SPEECH_LOCALES[known.data] : SPEECH_LOCALES.da;
}
