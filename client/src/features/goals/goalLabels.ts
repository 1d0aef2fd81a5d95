import type { CaseProgress } from "@samplan/shared/api";
import type { TFunction } from "i18next";

/** "Mål 1: Arbejde med dyr", numbered in the order the goals first appeared in the case. */
export function goalLabels(goals: CaseProgress["goals"], t: TFunction): { short: string; full: string }[] {
  return goals.map((goal, index) => {
    const n = index + 1;
    const text =
      goal.text
        .split("\n")
        .find((line) => line.trim() !== "")
        ?.trim() ?? "";
    return {
      short: t("progress.goalLabelEmpty", { n }),
      full: text ? t("progress.goalLabel", { n, text }) : t("progress.goalLabelEmpty", { n }),
    };
  });
}
