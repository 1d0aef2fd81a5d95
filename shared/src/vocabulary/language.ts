import { z } from "zod";

/**
 * The languages the citizen's own surfaces (her view of the meeting, the join page, her
 * preparation, her e-mails) are written in (issue 21): Danish, English, and the languages most
 * often spoken by citizens in Danish jobcentres. Professionals' pages are in Danish or English.
 */
export const Language = z.enum(["da", "en", "ar", "so", "uk", "tr", "fa", "pl", "ur"]);
export type Language = z.infer<typeof Language>;

/** Written right to left: the page mirrors (dir="rtl"). */
export const RIGHT_TO_LEFT: readonly Language[] = ["ar", "fa", "ur"];

/**
 * How dates and numbers are written in each language. Western digits throughout (`nu-latn`): the
 * plan's numbers (the 0–10 scale, phone numbers people write in the text) are written so, and a date
 * in other digits beside them would read as a different kind of number. en-GB rather than en-US:
 * readers here expect day-month order and a 24-hour clock. The Gregorian calendar for Farsi too
 * (`ca-gregory`, not the solar Hijri one Intl picks for fa-IR): the meeting's date must be the
 * one on the coordinator's letter and the jobcentre's calendar.
 */
export const DATE_LOCALES: Record<Language, string> = {
  da: "da-DK",
  en: "en-GB",
  ar: "ar-u-nu-latn",
  so: "so-SO",
  uk: "uk-UA",
  tr: "tr-TR",
  fa: "fa-IR-u-ca-gregory-nu-latn",
  pl: "pl-PL",
  ur: "ur-PK-u-nu-latn",
};
