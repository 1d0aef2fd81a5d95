import {
  CITIZEN_APPOINTMENTS_MAX,
  CITIZEN_HOURS_MAX,
  type NextStep,
  type NextStepFields,
  type PlanDocument,
  updateNextStep,
} from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { CommitField } from "../../ui/CommitField.tsx";
import { parseWeekFigure, weekFigureText } from "../coherence/weekFigure.ts";

/**
 * What a step asks of the citizen's week (issue 20, "Her week"): hours a week and appointments a
 * week, two small fields of the professionals' step form; empty is "nobody said". No hint under
 * them: the labels say it, and the step's fields stay in line.
 */
export function StepWeekFields({ doc, step }: { doc: PlanDocument; step: NextStep }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.resolvedLanguage);
  const field = (key: "citizenHours" | "citizenAppointments") => {
    const hours = key === "citizenHours";
    const options = { max: hours ? CITIZEN_HOURS_MAX : CITIZEN_APPOINTMENTS_MAX, whole: !hours };
    return (
      <CommitField
        label={t(hours ? "coherence.stepFields.hours" : "coherence.stepFields.appointments")}
        value={weekFigureText(step[key], locale)}
        inputMode="numeric"
        maxLength={5}
        validate={(draft) =>
          parseWeekFigure(draft, options) === undefined
            ? t(hours ? "coherence.stepFields.hoursInvalid" : "coherence.stepFields.appointmentsInvalid")
            : null
        }
        onCommit={(draft) => {
          const patch: Partial<NextStepFields> = { [key]: parseWeekFigure(draft, options) ?? null };
          updateNextStep(doc, step.id, patch);
        }}
        className="step-week-field"
      />
    );
  };
  return (
    <>
      {field("citizenHours")}
      {field("citizenAppointments")}
    </>
  );
}
