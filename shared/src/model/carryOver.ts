import type * as Y from "yjs";
import type { GoalId } from "../vocabulary/index.ts";
import { carryWeekLimit } from "./citizenWeek.ts";
import { carryFutureDialogue } from "./FutureDialogue.ts";
import {
  addGoal,
  goalScales,
  goalText,
  listGoals,
  previousGoalScales,
  type Scale,
  setPreviousGoalScales,
} from "./Goal.ts";
import { listNextSteps, nextStepText } from "./NextStep.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { addProgressObservation, listProgressObservations } from "./ProgressObservation.ts";
import { addResource, listResources, resourceText } from "./Resource.ts";
import { plainText } from "./richText.ts";

/**
 * Builds on the last meeting: every active goal (its words, its id and its last scale values),
 * everything in Det der virker (its words, its id, its kind and the goals it helps with that come
 * along) and every next step still open (as a review item in Siden sidst) go into the next
 * meeting's document, and so do review items judged "partly" or "not yet", until they are done or
 * dropped. Goals reached or set aside, and steps done, stay where they were. The most the citizen
 * said her week can hold goes along too: it is about her life, not one meeting. So does what was
 * said in "Et år frem", unchanged and with its date.
 *
 * Running it twice changes nothing the second time, so a retried request cannot duplicate.
 */
export function carryOver(
  previous: { meetingId: string; doc: Y.Doc },
  next: Y.Doc,
): { goals: number; resources: number; steps: number } {
  const present = new Set(listGoals(next).map((goal) => goal.id));
  const presentResources = new Set(listResources(next).map((resource) => resource.id));
  const reviewed = new Set(
    listProgressObservations(next)
      .map((observation) => observation.review?.stepId)
      .filter(Boolean),
  );
  let goals = 0;
  let resources = 0;
  let steps = 0;
  next.transact(() => {
    for (const goal of listGoals(previous.doc)) {
      if (goal.status !== "active" || present.has(goal.id)) continue;
      addGoal(next, {
        id: goal.id,
        createdBy: goal.createdBy,
        createdByRole: goal.createdByRole ?? undefined,
        carriedFrom: previous.meetingId,
        area: goal.area,
      });
      copyRichText(goalText(previous.doc, goal.id), goalText(next, goal.id));
      setPreviousGoalScales(next, goal.id, lastScales(previous.doc, goal.id));
      goals++;
    }
    const carriedGoals = new Set(listGoals(next).map((goal) => goal.id));
    // What worked still works until someone says otherwise; a goal left behind is no longer tied.
    for (const resource of listResources(previous.doc)) {
      if (presentResources.has(resource.id)) continue;
      addResource(next, {
        id: resource.id,
        createdBy: resource.createdBy,
        createdByRole: resource.createdByRole ?? undefined,
        kind: resource.kind,
        goalIds: resource.goalIds.filter((goalId) => carriedGoals.has(goalId)),
        carriedFrom: previous.meetingId,
      });
      copyRichText(resourceText(previous.doc, resource.id), resourceText(next, resource.id));
      resources++;
    }
    // A step judged "partly" or "not yet" (or not judged at all) last time is followed up again.
    for (const observation of listProgressObservations(previous.doc)) {
      const { review, outcome } = observation;
      if (!review || outcome === "done" || outcome === "dropped" || reviewed.has(review.stepId)) continue;
      addProgressObservation(next, {
        createdBy: observation.createdBy,
        goalId: observation.goalId && carriedGoals.has(observation.goalId) ? observation.goalId : null,
        review,
        outcome: null,
      });
      reviewed.add(review.stepId);
      steps++;
    }
    for (const step of listNextSteps(previous.doc)) {
      if (step.status !== "open" || reviewed.has(step.id)) continue;
      const text = nextStepText(previous.doc, step.id);
      addProgressObservation(next, {
        createdBy: step.createdBy,
        goalId: step.goalId && carriedGoals.has(step.goalId) ? step.goalId : null,
        review: {
          stepId: step.id,
          text: text ? plainText(text) : "",
          owner: step.owner,
          dueDate: step.dueDate,
          fromMeetingId: previous.meetingId,
        },
        outcome: null,
      });
      steps++;
    }
    carryWeekLimit(previous.doc, next);
    carryFutureDialogue(previous.doc, next);
  }, MODEL_ORIGIN);
  return { goals, resources, steps };
}

/** Each rater's latest value: rated in that meeting, or else carried into it from the one before. */
function lastScales(doc: Y.Doc, id: GoalId): Scale[] {
  const byRater = new Map<string, Scale>();
  for (const scale of previousGoalScales(doc, id)) byRater.set(scale.raterKey, scale);
  for (const scale of goalScales(doc, id)) byRater.set(scale.raterKey, scale);
  return [...byRater.values()];
}

function copyRichText(from: Y.XmlFragment | null, to: Y.XmlFragment | null) {
  if (!from || !to) return;
  to.insert(
    0,
    from.toArray().map((node) => (node as Y.XmlElement | Y.XmlText).clone()),
  );
}
