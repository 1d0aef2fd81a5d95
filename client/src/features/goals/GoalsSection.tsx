import type { PlanDocument } from "@samplan/shared/model";
import {
  addGoal,
  type Goal,
  goalScales,
  goalText,
  listGoals,
  moveGoal,
  previousGoalScales,
  removeGoal,
  type Scale,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { GoalChangedNotice } from "../citizen/GoalChangedNotice.tsx";
import { useCitizenAgreement } from "../citizen/useCitizenAgreement.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { SectionList } from "../plan/SectionList.tsx";
import { useSection } from "../plan/useSection.ts";
import { GoalArea } from "./GoalArea.tsx";
import { GoalScales } from "./GoalScales.tsx";
import { GoalStatusControls } from "./GoalStatusControls.tsx";
import "./goals.css";

type GoalWithScales = Goal & { scales: Scale[]; previous: Scale[] };

// Outside the component, so the section's store keeps one reader; a scale is a field of the goal,
// so setting one re-reads the list like any other field change.
function listGoalsWithScales(doc: PlanDocument): GoalWithScales[] {
  return listGoals(doc).map((goal) => ({
    ...goal,
    scales: goalScales(doc, goal.id),
    previous: previousGoalScales(doc, goal.id),
  }));
}

export function GoalsSection() {
  const { t } = useTranslation();
  const { doc, user } = useMeeting();
  const goals = useSection(doc, "goals", listGoalsWithScales);
  // A goal reworded after the citizen said yes says so on the goal itself, to her above all.
  const { changes } = useCitizenAgreement(doc);
  return (
    <SectionList
      name="goals"
      items={goals}
      textOf={(id: GoalId) => goalText(doc, id)}
      add={() => addGoal(doc, { createdBy: user.name, createdByRole: user.role })}
      move={(id, toIndex) => moveGoal(doc, id, toIndex)}
      remove={(id) => removeGoal(doc, id)}
      isDone={(goal) => goal.status === "reached"}
      // A goal carried from an earlier meeting has a history: it is reached or set aside, not removed.
      itemOptions={(goal) => {
        const change = changes.find((c) => c.goalId === goal.id);
        return {
          removable: !goal.carriedFrom,
          ...(goal.status === "setAside" ? { tone: "paused" } : {}),
          ...(change ? { lead: <GoalChangedNotice change={change} herView={user.role === "borger"} /> } : {}),
        };
      }}
      renderFields={(goal, index) => {
        const label = t("sections.goals.item", { n: index + 1 });
        return (
          <div className="goal-panel">
            <GoalStatusControls
              goalId={goal.id}
              label={label}
              status={goal.status}
              reason={goal.statusReason}
              carriedFrom={goal.carriedFrom}
            />
            <GoalArea goalId={goal.id} area={goal.area} />
            {goal.status === "setAside" ? null : (
              <GoalScales goalId={goal.id} label={label} scales={goal.scales} previous={goal.previous} />
            )}
          </div>
        );
      }}
    />
  );
}
