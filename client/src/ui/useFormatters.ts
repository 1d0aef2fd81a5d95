import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { localeFor } from "../i18n/index.ts";
import { formatCalendarDate } from "./calendarDate.ts";
import { formatDate, formatDateTime } from "./dates.ts";

/** Date formatting in the interface language: da-DK, or en-GB when English is chosen. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = localeFor(i18n.resolvedLanguage);
  return useMemo(
    () => ({
      dateTime: (iso: string) => formatDateTime(iso, locale),
      date: (iso: string) => formatDate(iso, locale),
      /** A calendar day (YYYY-MM-DD), the same day wherever the browser is. */
      day: (isoDate: string) => formatCalendarDate(isoDate, locale),
    }),
    [locale],
  );
}
