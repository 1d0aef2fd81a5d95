import {
  goalScales,
  listGoals,
  type PerspectiveQuestion,
  perspectiveQuestions,
  previousGoalScales,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import type * as Y from "yjs";
import { useSection } from "../plan/useSection.ts";

export interface GoalQuestions {
  goalId: GoalId;
  questions: PerspectiveQuestion[];
}

// Outside the hook, so the section's store keeps one reader. A goal reached or set aside is not
// talked about any more; only the active ones get questions.
function questionsOfGoals(doc: Y.Doc): GoalQuestions[] {
  return listGoals(doc)
    .filter((goal) => goal.status === "active")
    .map((goal) => ({
      goalId: goal.id,
      questions: perspectiveQuestions(goalScales(doc, goal.id), previousGoalScales(doc, goal.id)),
    }))
    .filter((goal) => goal.questions.length > 0);
}

/** The active goals where the views differ, each with its one or two suggested questions; live. */
export function usePerspectiveQuestions(doc: Y.Doc): GoalQuestions[] {
  return useSection(doc, "goals", questionsOfGoals);
}
