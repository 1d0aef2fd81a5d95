import type { CitizenWeek } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";

/**
 * Her week in words: "Din uge: 4 aftaler, 11 timer." and "Du sagde højst 12 timer." for her, or the
 * same about "Borgeren" for the chair; `over` when the plan asks more than she said.
 */
export function useWeekLine(week: CitizenWeek, voice: "citizen" | "chair") {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.resolvedLanguage);
  const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  const hours = (n: number) => t("coherence.week.hours", { count: n, n: number(n) });
  const appointments = (n: number) => t("coherence.week.appointments", { count: n, n: number(n) });
  const group = voice === "citizen" ? "week" : "chairWeek";
  const line = t(`coherence.${group}.line`, {
    appointments: appointments(week.appointments),
    hours: hours(week.hours),
  });
  const { limit } = week;
  const said =
    limit === null
      ? voice === "chair"
        ? t("coherence.chairWeek.noLimit")
        : null
      : limit.hours !== null && limit.appointments !== null
        ? t(`coherence.${group}.saidBoth`, {
            hours: hours(limit.hours),
            appointments: appointments(limit.appointments),
          })
        : limit.hours !== null
          ? t(`coherence.${group}.saidHours`, { hours: hours(limit.hours) })
          : t(`coherence.${group}.saidAppointments`, { appointments: appointments(limit.appointments ?? 0) });
  const over = week.overLimit ? t(`coherence.${group}.over`) : null;
  return { line, said, over };
}
