import type { NextStep } from "@samplan/shared/model";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { daysUntil } from "../../ui/calendarDate.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { goalOptionLabel } from "../goals/goalOptionLabel.ts";
import type { GoalOption } from "../goals/useGoalOptions.ts";

interface Props {
  step: NextStep;
  goals: GoalOption[];
  onDone: (done: boolean) => void;
}

/**
 * A next step as the citizen reads it: who, when, which goal, in words rather than fields. The
 * citizen's own steps get a large tick ("Jeg har gjort det"); the others say whether they are done.
 * Nothing is left out that the professionals' view shows; only who may change what differs.
 */
export function CitizenStepFields({ step, goals, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const mine = step.owner === CITIZEN_OWNER;
  const goal = goals.find((option) => option.id === step.goalId) ?? null;
  const done = step.status === "done";
  // Noon, so the date is the same day in every time zone the browser may be in.
  return (
    <div className="citizen-step">
      <dl className="citizen-step__facts">
        <div>
          <dt>{t("citizenView.step.who")}</dt>
          <dd>{mine ? t("citizenView.step.you") : step.owner || t("citizenView.step.nobody")}</dd>
        </div>
        <div>
          <dt>{t("citizenView.step.when")}</dt>
          <dd>
            {step.dueDate ? format.date(`${step.dueDate}T12:00:00`) : t("citizenView.step.noDate")}
            {step.dueDate && !done ? <DaysLeft days={daysUntil(step.dueDate)} /> : null}
          </dd>
        </div>
        {goal ? (
          <div>
            <dt>{t("citizenView.step.goal")}</dt>
            <dd>{goalOptionLabel(goal, t)}</dd>
          </div>
        ) : null}
      </dl>
      {mine ? (
        // The whole box is the label, so a finger anywhere on it ticks the step.
        <label className="citizen-step__tick">
          <input type="checkbox" checked={done} onChange={(event) => onDone(event.target.checked)} />
          <span>{t("citizenView.step.doneMine")}</span>
        </label>
      ) : (
        <p className={done ? "citizen-step__status citizen-step__status--done" : "citizen-step__status"}>
          {done ? t("citizenView.step.done") : t("citizenView.step.notDone")}
        </p>
      )}
    </div>
  );
}

/** "(om 3 dage)": how near the day is, in her language's plural forms (Arabic has six, Polish four). */
function DaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null || days < 0) return null;
  return (
    <span className="citizen-step__days">
      {" ("}
      {days === 0 ? t("citizenView.step.today") : t("citizenView.step.inDays", { count: days })}
      {")"}
    </span>
  );
}
