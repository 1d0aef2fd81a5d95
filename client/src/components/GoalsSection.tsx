import { addGoal, type GoalId, goalText, listGoals, moveGoal, removeGoal } from "@samplan/shared/model";
import { useMeeting } from "../hooks/useMeeting.ts";
import { useSection } from "../hooks/useSection.ts";
import { SectionList } from "./SectionList.tsx";

export function GoalsSection() {
  const { doc, user } = useMeeting();
  const goals = useSection(doc, "goals", listGoals);
  return (
    <SectionList
      name="goals"
      items={goals}
      textOf={(id: GoalId) => goalText(doc, id)}
      add={() => addGoal(doc, { createdBy: user.name, createdByRole: user.role })}
      move={(id, toIndex) => moveGoal(doc, id, toIndex)}
      remove={(id) => removeGoal(doc, id)}
    />
  );
}
