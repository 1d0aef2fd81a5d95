import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMeeting } from "../meeting/useMeeting.ts";
import { useCitizenWeek } from "./useCitizenWeek.ts";
import { useWeekLine } from "./useWeekLine.ts";
import { WeekLimitFields } from "./WeekLimitFields.tsx";
import "./coherence.css";

/**
 * Her week, in her view: one plain line of what the steps ask of her time, beside the most she
 * said she can manage ("Din uge: 4 aftaler, 11 timer. Du sagde højst 12 timer."), and where she
 * says it.
 */
export function CitizenWeekSection() {
  const { t } = useTranslation();
  const { doc, readOnly } = useMeeting();
  const headingId = useId();
  const week = useCitizenWeek(doc);
  const { line, said, over } = useWeekLine(week, "citizen");
  return (
    <section className="plan-section citizen-week" aria-labelledby={headingId} data-section="week">
      <div className="plan-section__header">
        <h2 id={headingId}>{t("coherence.week.heading")}</h2>
        <p className="plan-section__explanation">{t("coherence.week.explanation")}</p>
      </div>
      <p className={over ? "citizen-week__line citizen-week__line--over" : "citizen-week__line"}>
        {line} {said} {over}
      </p>
      {readOnly ? null : <WeekLimitFields doc={doc} limit={week.limit} voice="citizen" />}
    </section>
  );
}
