import { z } from "zod";
import { Role } from "../model/Participant.ts";
import { ReviewOutcome } from "../model/ReviewOutcome.ts";
import { MeetingAttribution } from "./Attribution.ts";

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
      status: z.enum(["active", "reached", "setAside"]),
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
      status: z.enum(["open", "done"]),
    }),
  ),
  nextMeetingAt: z.string().nullable(),
});
export type Minutes = z.infer<typeof Minutes>;

/** One frozen step in a meeting's record: a close, a reopening or an approval. */
export const VersionSummary = z.object({
  number: z.number().int(),
  kind: z.enum(["closed", "approved", "reopened", "snapshot"]),
  contentHash: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** The minutes now: the approved version's when approved, otherwise as they stand. */
export const MinutesAnswer = z.object({ minutes: Minutes, approved: VersionSummary.nullable() });
export type MinutesAnswer = z.infer<typeof MinutesAnswer>;

export const VersionList = z.object({ versions: z.array(VersionSummary) });
export type VersionList = z.infer<typeof VersionList>;

/** One version, read-only: its minutes, its Yjs state (base64) and who wrote what in it. */
export const VersionDetail = z.object({
  version: VersionSummary,
  minutes: Minutes,
  state: z.string(),
  attribution: MeetingAttribution,
});
export type VersionDetail = z.infer<typeof VersionDetail>;
