import type * as Y from "yjs";
import { type GoalStatus, isStepStillToDo, type NextStepId } from "../vocabulary/index.ts";
import { goalScales, goalText, listGoals, type Scale } from "./Goal.ts";
import { listNextSteps, nextStepText } from "./NextStep.ts";
import { listProgressObservations, progressObservationText } from "./ProgressObservation.ts";
import { plainText } from "./richText.ts";

/** One meeting's document, with when it was held: the input to the case's progress view. */
export interface MeetingSnapshot {
  meetingId: string;
  title: string;
  startsAt: string;
  doc: Y.Doc;
}

export interface GoalPoint {
  meetingId: string;
  startsAt: string;
  /** The citizen's own scale in that meeting, if they gave one. */
  citizen: number | null;
  /** Each professional's scale, side by side rather than averaged. */
  others: Pick<Scale, "raterKey" | "raterName" | "raterRole" | "value">[];
}

export interface GoalSeries {
  goalId: string;
  /** The goal's words in the latest meeting it appears in. */
  text: string;
  status: GoalStatus;
  points: GoalPoint[];
}

export interface TimelineEntry {
  goalId: string | null;
  meetingId: string;
  happenedOn: string | null;
  observedBy: string;
  text: string;
}

/** Every goal's scales across the meetings of a case, oldest meeting first, following the goal's id. */
export function goalSeries(meetings: MeetingSnapshot[]): GoalSeries[] {
  const series = new Map<string, GoalSeries>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    for (const goal of listGoals(meeting.doc)) {
      const text = goalText(meeting.doc, goal.id);
      const entry = series.get(goal.id) ?? { goalId: goal.id, text: "", status: goal.status, points: [] };
      entry.text = text ? plainText(text) : entry.text;
      entry.status = goal.status;
      const scales = goalScales(meeting.doc, goal.id);
      if (scales.length > 0) {
        entry.points.push({
          meetingId: meeting.meetingId,
          startsAt: meeting.startsAt,
          citizen: scales.find((scale) => scale.raterRole === "borger")?.value ?? null,
          others: scales
            .filter((scale) => scale.raterRole !== "borger")
            .map(({ raterKey, raterName, raterRole, value }) => ({ raterKey, raterName, raterRole, value })),
        });
      }
      series.set(goal.id, entry);
    }
  }
  return [...series.values()];
}

/** The Siden sidst observations of every meeting, placed at the dates the progress happened. */
export function progressTimeline(meetings: MeetingSnapshot[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const meeting of meetings) {
    for (const observation of listProgressObservations(meeting.doc)) {
      if (observation.review) continue;
      const text = progressObservationText(meeting.doc, observation.id);
      entries.push({
        goalId: observation.goalId,
        meetingId: meeting.meetingId,
        happenedOn: observation.happenedOn,
        observedBy: observation.observedBy,
        text: text ? plainText(text) : "",
      });
    }
  }
  return entries.sort((a, b) => (a.happenedOn ?? "9999").localeCompare(b.happenedOn ?? "9999"));
}

export interface StepOverview {
  stepId: NextStepId;
  meetingId: string;
  meetingTitle: string;
  text: string;
  owner: string;
  dueDate: string | null;
  goalId: string | null;
  status: "open" | "done" | "partly" | "notYet" | "dropped";
  overdue: boolean;
}

/**
 * Every next step agreed in the case, with its latest known status: ticked off in its own
 * meeting, or judged in a later meeting's review. Overdue: still open past its due date.
 */
export function stepsOverview(meetings: MeetingSnapshot[], today: string): StepOverview[] {
  const reviewed = new Map<string, StepOverview["status"]>();
  for (const meeting of meetings) {
    for (const observation of listProgressObservations(meeting.doc)) {
      if (observation.review && observation.outcome) reviewed.set(observation.review.stepId, observation.outcome);
    }
  }
  const steps: StepOverview[] = [];
  for (const meeting of [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt))) {
    for (const step of listNextSteps(meeting.doc)) {
      const text = nextStepText(meeting.doc, step.id);
      const status = step.status === "done" ? "done" : (reviewed.get(step.id) ?? "open");
      const open = isStepStillToDo(status);
      steps.push({
        stepId: step.id,
        meetingId: meeting.meetingId,
        meetingTitle: meeting.title,
        text: text ? plainText(text) : "",
        owner: step.owner,
        dueDate: step.dueDate,
        goalId: step.goalId,
        status,
        overdue: open && step.dueDate !== null && step.dueDate < today,
      });
    }
  }
  return steps;
}
