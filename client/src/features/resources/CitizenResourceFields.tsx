import type { Resource } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import { goalOptionLabel } from "../goals/goalOptionLabel.ts";
import type { GoalOption } from "../goals/useGoalOptions.ts";

/**
 * What works, as the citizen reads it: what kind of thing it is and which of her goals it helps
 * with, in words rather than fields. Nothing the professionals' view shows is left out.
 */
export function CitizenResourceFields({ resource, goals }: { resource: Resource; goals: GoalOption[] }) {
  const { t } = useTranslation();
  // A goal removed since it was tied is not shown.
  const helps = goals.filter((goal) => resource.goalIds.includes(goal.id));
  if (!resource.kind && helps.length === 0) return null;
  return (
    <dl className="resource-facts">
      {resource.kind ? (
        <div>
          <dt>{t("resources.citizenView.kind")}</dt>
          <dd>{t(`resources.kinds.${resource.kind}`)}</dd>
        </div>
      ) : null}
      {helps.length > 0 ? (
        <div>
          <dt>{t("resources.citizenView.goals")}</dt>
          {helps.map((goal) => (
            <dd key={goal.id}>{goalOptionLabel(goal, t)}</dd>
          ))}
        </div>
      ) : null}
    </dl>
  );
}
