/** Each language named in itself: the same in every language, so she finds her own whatever is shown. */
export const LANGUAGE_NAMES = {
  da: "Dansk",
  en: "English",
  ar: "العربية",
  so: "Soomaali",
  uk: "Українська",
  tr: "Türkçe",
  fa: "فارسی",
  pl: "Polski",
  ur: "اردو",
} as const;
