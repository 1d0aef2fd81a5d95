import type { TFunction } from "i18next";
import type { GoalOption } from "./useGoalOptions.ts";

/** "Mål 2: Komme ud hver dag": a goal named by its place and its first line, as its editor is labelled. */
export function goalOptionLabel(goal: GoalOption, t: TFunction): string {
  return goal.firstLine
    ? t("fields.goalOption", { n: goal.n, text: goal.firstLine })
    : t("fields.goalOptionEmpty", { n: goal.n });
}
