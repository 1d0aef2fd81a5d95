import { z } from "zod";
import { GoalId } from "../vocabulary/index.ts";

/**
 * The citizen prepares before a meeting (issue 18 part 3): what has gone well since last time,
 * what she wants to talk about, and her scale on each goal she is working towards. It is a draft
 * only she sees until she shares it with the meeting; then it opens the meeting.
 */

/** Room for a few dictated sentences; the agenda shows her points in full, so they are kept shorter. */
export const WENT_WELL_MAX = 1000;
export const TALK_ABOUT_MAX = 500;

export const PreparedScale = z.strictObject({
  goalId: GoalId,
  value: z.number().int().min(0).max(10),
});
export type PreparedScale = z.infer<typeof PreparedScale>;

export const PreparationBody = z.strictObject({
  wentWell: z.string().max(WENT_WELL_MAX, `at most ${WENT_WELL_MAX} characters`),
  talkAbout: z.string().max(TALK_ABOUT_MAX, `at most ${TALK_ABOUT_MAX} characters`),
  scales: z
    .array(PreparedScale)
    .max(30)
    .refine((scales) => new Set(scales.map((s) => s.goalId)).size === scales.length, "one scale per goal"),
});
export type PreparationBody = z.infer<typeof PreparationBody>;

/** A goal she can put her scale on: active in the upcoming meeting's plan, in its words there. */
export const PreparationGoal = z.object({ id: GoalId, text: z.string() });

export const Preparation = z.object({
  meetingTitle: z.string(),
  startsAt: z.string(),
  wentWell: z.string(),
  talkAbout: z.string(),
  scales: z.array(PreparedScale),
  goals: z.array(PreparationGoal),
  /** When she shared it with the meeting; after that it is in the plan and no longer a draft. */
  sharedAt: z.string().nullable(),
});
export type Preparation = z.infer<typeof Preparation>;
