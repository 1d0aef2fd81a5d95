import { z } from "zod";
import { CaseId, GoalStatus, NextStepId, NextStepStatus, ReviewOutcome, Role } from "../vocabulary/index.ts";
import { StepUpdate } from "./StepLink.ts";

/** The case's progress over time: each goal's scales across meetings, and what happened when. */
export const GoalPoint = z.object({
  meetingId: z.string(),
  startsAt: z.string(),
  citizen: z.number().int().min(0).max(10).nullable(),
  others: z.array(z.object({ raterKey: z.string(), raterName: z.string(), raterRole: Role, value: z.number() })),
});

export const CaseProgress = z.object({
  meetings: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  goals: z.array(
    z.object({
      goalId: z.string(),
      text: z.string(),
      status: GoalStatus,
      points: z.array(GoalPoint),
    }),
  ),
  timeline: z.array(
    z.object({
      goalId: z.string().nullable(),
      meetingId: z.string(),
      happenedOn: z.string().nullable(),
      observedBy: z.string(),
      text: z.string(),
    }),
  ),
  /**
   * Et år frem (issue 20): each remembered future, by the day it was said, each answer beside what
   * it became and how that stands now (a goal's or a step's status, "kept" or "gone" for a resource).
   * Only what the view shows: this schema is in every first load.
   */
  futures: z.array(
    z.object({
      saidOn: z.string(),
      yearLater: z.boolean(),
      answers: z.array(
        z.object({
          answer: z.object({
            speaker: z.object({ name: z.string() }),
            part: z.enum(["good", "did", "helped"]),
            text: z.string(),
            became: z.object({ kind: z.enum(["goal", "step", "resource"]) }).nullable(),
          }),
          now: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type CaseProgress = z.infer<typeof CaseProgress>;

/** Every next step agreed in the case, with how it stands now. */
export const StepOverviewItem = z.object({
  stepId: NextStepId,
  meetingId: z.string(),
  meetingTitle: z.string(),
  text: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  goalId: z.string().nullable(),
  /** open or done as ticked in its meeting; or how a later meeting's review judged it. */
  status: z.union([NextStepStatus, ReviewOutcome]),
  overdue: z.boolean(),
  /** The owner's newest answer from a personal link since the meeting, if any (issue 18). */
  latestUpdate: StepUpdate.nullable(),
  /** A reminder to its owner that the mail server refused for good: the coordinator tells them another way. */
  mailUndelivered: z.boolean(),
});
export type StepOverviewItem = z.infer<typeof StepOverviewItem>;

export const StepsOverview = z.object({ steps: z.array(StepOverviewItem) });
export type StepsOverview = z.infer<typeof StepsOverview>;

/** A step on the coordinator's desk: which case (the citizen's name) it belongs to as well. */
export const DeskStep = StepOverviewItem.extend({ caseId: CaseId, citizenName: z.string() });
export type DeskStep = z.infer<typeof DeskStep>;

/** Skridt der venter: open steps across her cases, overdue or due within `DESK_STEP_DAYS`. */
export const DeskSteps = z.object({ steps: z.array(DeskStep) });
export type DeskSteps = z.infer<typeof DeskSteps>;

export const DESK_STEP_DAYS = 7;
