import { setGoalArea } from "@samplan/shared/model";
import { type GoalId, LIFE_AREAS, LifeArea } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMeeting } from "../meeting/useMeeting.ts";

interface Props {
  goalId: GoalId;
  area: LifeArea | null;
}

/**
 * Which part of her life the goal is about (Bolig, Helbred …), so the chair's checklist can ask
 * whether anyone at the table works with it. Staff choose it beside the goal; the citizen, and
 * anyone who only reads, sees it as a plain label, and nothing when none was chosen.
 */
export function GoalArea({ goalId, area }: Props) {
  const { t } = useTranslation();
  const { doc, readOnly, plain, user } = useMeeting();
  const id = useId();
  const chooses = !readOnly && !plain && user.role !== "borger" && user.role !== "observatoer";

  if (!chooses) {
    return area ? (
      <p className="goal-area">
        {t("goalAreas.citizenLabel")} <strong>{t(`goalAreas.areas.${area}`)}</strong>
      </p>
    ) : null;
  }
  return (
    <div className="field goal-area">
      <label htmlFor={id}>{t("goalAreas.label")}</label>
      <select
        id={id}
        value={area ?? ""}
        onChange={(event) => {
          const chosen = LifeArea.safeParse(event.target.value);
          setGoalArea(doc, goalId, chosen.success ? chosen.data : null);
        }}
      >
        <option value="">{t("goalAreas.none")}</option>
        {LIFE_AREAS.map((option) => (
          <option key={option} value={option}>
            {t(`goalAreas.areas.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
