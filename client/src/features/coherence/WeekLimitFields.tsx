import {
  CITIZEN_APPOINTMENTS_MAX,
  CITIZEN_HOURS_MAX,
  type PlanDocument,
  readWeekLimit,
  setWeekLimit,
  type WeekLimit,
} from "@samplan/shared/model";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { CommitField } from "../../ui/CommitField.tsx";
import { parseWeekFigure, weekFigureText } from "./weekFigure.ts";

/**
 * The most her week can hold, in hours and appointments: written by her on her tablet, or by the
 * chair for her, each field when it is left or Enter is pressed.
 */
interface Props {
  doc: PlanDocument;
  limit: WeekLimit | null;
  /** Asked of her ("Hvor meget kan du klare …"), or of the chair about her. */
  voice: "citizen" | "chair";
}

export function WeekLimitFields({ doc, limit, voice }: Props) {
  const { t, i18n } = useTranslation();
  const legend = useId();
  const locale = localeFor(i18n.resolvedLanguage);
  const write = (patch: Partial<Pick<WeekLimit, "hours" | "appointments">>) => {
    // Read at the moment of writing: the other field may have been written since this render.
    const now = readWeekLimit(doc);
    setWeekLimit(doc, { hours: now?.hours ?? null, appointments: now?.appointments ?? null, ...patch });
  };
  const field = (key: "hours" | "appointments", max: number) => (
    <CommitField
      label={t(key === "hours" ? "coherence.week.limitHours" : "coherence.week.limitAppointments")}
      value={weekFigureText(limit?.[key] ?? null, locale)}
      inputMode="numeric"
      maxLength={5}
      validate={(draft) =>
        parseWeekFigure(draft, { max, whole: key === "appointments" }) === undefined
          ? t("coherence.week.limitInvalid", { max })
          : null
      }
      onCommit={(draft) => write({ [key]: parseWeekFigure(draft, { max, whole: key === "appointments" }) ?? null })}
      className="week-limit__field"
    />
  );
  return (
    <fieldset className="week-limit" aria-describedby={`${legend}-hint`}>
      <legend id={legend}>
        {t(voice === "citizen" ? "coherence.week.limitLegend" : "coherence.chairWeek.limitLegend")}
      </legend>
      <p id={`${legend}-hint`} className="field__hint">
        {t(voice === "citizen" ? "coherence.week.limitHint" : "coherence.chairWeek.limitHint")}
      </p>
      <div className="week-limit__fields">
        {field("hours", CITIZEN_HOURS_MAX)}
        {field("appointments", CITIZEN_APPOINTMENTS_MAX)}
      </div>
    </fieldset>
  );
}
