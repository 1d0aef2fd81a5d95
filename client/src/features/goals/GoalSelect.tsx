import type { GoalId } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { goalOptionLabel } from "./goalOptionLabel.ts";
import type { GoalOption } from "./useGoalOptions.ts";

interface Props {
  value: GoalId | null;
  goals: GoalOption[];
  onChange: (goalId: GoalId | null) => void;
}

/** Which goal an observation or a step belongs to, the goals shown by their own first line. */
export function GoalSelect({ value, goals, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // A goal someone removed reads as no goal; the stale id stays until this field is changed.
  const shown = goals.some((goal) => goal.id === value) ? (value ?? "") : "";
  return (
    <div className="field">
      <label htmlFor={id}>{t("fields.goal")}</label>
      <select
        id={id}
        value={shown}
        onChange={(event) => {
          const chosen = goals.find((goal) => goal.id === event.target.value);
          onChange(chosen ? chosen.id : null);
        }}
      >
        <option value="">{t("fields.noGoal")}</option>
        {goals.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goalOptionLabel(goal, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
