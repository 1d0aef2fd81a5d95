import { goalText, listNextSteps, nextStepText, type PlanDocument, plainText } from "@samplan/shared/model";
import type { IsoDate } from "@samplan/shared/vocabulary";

export interface StepSummary {
  text: string;
  owner: string;
  dueDate: IsoDate | null;
  /** The first line of the goal it works towards, so its owner knows why; null when it has none. */
  goal: string | null;
}

/** One next step of a meeting's plan as plain words, or null when the plan has no such step. */
export function readStep(doc: PlanDocument, stepId: string): StepSummary | null {
  const step = listNextSteps(doc).find((candidate) => candidate.id === stepId);
  if (!step) return null;
  const text = nextStepText(doc, step.id);
  const goal = step.goalId ? goalText(doc, step.goalId) : null;
  return {
    text: text ? plainText(text) : "",
    owner: step.owner,
    dueDate: step.dueDate,
    goal: goal ? (plainText(goal).split("\n")[0] ?? null) : null,
  };
}
