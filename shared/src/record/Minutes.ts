import { z } from "zod";
import { Role } from "../vocabulary/roles.ts";
import { GoalStatus, NextStepStatus, ReviewOutcome } from "../vocabulary/statuses.ts";

/**
 * What the plan is and is not, in one line on the minutes and the journal note: the network
 * coordinates its efforts; decisions under the law (benefits, measures) are made by the authority
 * responsible for each, and come separately, with how to appeal them.
 */
export const NOT_A_DECISION =
  "Planen er en koordinering af indsatser, ikke en afgørelse. Afgørelser træffes af den myndighed, der har ansvaret for den enkelte indsats (fx jobcentret eller kommunens socialforvaltning), og meddeles for sig med klagevejledning.";

/**
 * The minutes (referat) of a closed meeting: what the network agreed, as the record that is
 * approved and filed in the municipality's case system. This shape is also the JSON export.
 */
export const MinutesScale = z.object({
  raterName: z.string(),
  raterRole: Role,
  value: z.number().int().min(0).max(10),
});

export const Minutes = z.object({
  format: z.literal("samplan.minutes/1"),
  meeting: z.object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    closedAt: z.string().nullable(),
  }),
  citizenName: z.string(),
  caseReference: z.string().nullable(),
  participants: z.array(
    z.object({ name: z.string(), role: Role, organisation: z.string(), profession: z.string(), present: z.boolean() }),
  ),
  goals: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      inCitizensWords: z.boolean(),
      status: GoalStatus,
      statusReason: z.string(),
      scales: z.array(MinutesScale),
    }),
  ),
  progress: z.array(
    z.object({
      text: z.string(),
      goal: z.string().nullable(),
      observedBy: z.string(),
      happenedOn: z.string().nullable(),
      review: z.object({ text: z.string(), owner: z.string(), dueDate: z.string().nullable() }).nullable(),
      outcome: ReviewOutcome.nullable(),
    }),
  ),
  round: z.array(z.object({ speaker: z.string(), text: z.string() })),
  nextSteps: z.array(
    z.object({
      text: z.string(),
      owner: z.string(),
      dueDate: z.string().nullable(),
      goal: z.string().nullable(),
      status: NextStepStatus,
    }),
  ),
  nextMeetingAt: z.string().nullable(),
});
export type Minutes = z.infer<typeof Minutes>;
