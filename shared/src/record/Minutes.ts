import { z } from "zod";
import { Role } from "../vocabulary/roles.ts";
import { ResourceKind } from "../vocabulary/sections.ts";
import { CitizenAnswer, GoalStatus, NextStepStatus, ReviewOutcome } from "../vocabulary/statuses.ts";

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
    /** The meeting method and version it followed; absent from minutes made before methods. */
    method: z.object({ name: z.string(), version: z.number().int() }).nullable().optional(),
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
  /**
   * Det der virker: what already works for the citizen, with the first line of each goal it helps
   * with. Absent from minutes made before the plan had the section.
   */
  resources: z
    .array(
      z.object({
        text: z.string(),
        kind: ResourceKind.nullable(),
        inCitizensWords: z.boolean(),
        goals: z.array(z.string()),
      }),
    )
    .optional(),
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
  /**
   * What the citizen said of the plan at the close (answer null: she said nothing), and the goals
   * whose words changed after she said yes (`before` null: added since). Absent from minutes made
   * before she was asked, which therefore say nothing about it.
   */
  citizenAgreement: z
    .object({
      answer: CitizenAnswer.nullable(),
      reason: z.string(),
      goalsChangedSince: z.array(z.object({ before: z.string().nullable(), after: z.string() })),
    })
    .optional(),
});
export type Minutes = z.infer<typeof Minutes>;

/**
 * The citizen's answer in one plain sentence, as the minutes and the journal note put it. Her own
 * words go through `quote` (the Markdown escapes them), and stay hers: in quotation marks.
 */
export function citizenAgreementLine(
  agreement: Minutes["citizenAgreement"],
  quote: (words: string) => string = (words) => words,
): string | null {
  if (!agreement) return null;
  if (agreement.answer === "agrees") return "Borgeren er enig i planen.";
  if (agreement.answer === "disagrees") {
    const words = agreement.reason.trim();
    return words ? `Borgeren er ikke enig i planen: »${quote(words)}«` : "Borgeren er ikke enig i planen.";
  }
  return "Borgeren har ikke tilkendegivet, om vedkommende er enig i planen.";
}
