import { z } from "zod";
import { MeetingAttribution } from "../record/Attribution.ts";
import { Minutes } from "../record/Minutes.ts";
import { VersionKind } from "../vocabulary/statuses.ts";

/** One frozen step in a meeting's record: a close, a reopening or an approval. */
export const VersionSummary = z.object({
  number: z.number().int(),
  kind: VersionKind,
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

/** Closing a meeting may say when the next one is; reopening and approving send nothing. */
export const CloseMeetingBody = z.strictObject({
  nextMeetingAt: z.iso
    .datetime({ offset: true, error: "nextMeetingAt must be a date and time with offset" })
    .nullable()
    .default(null),
});
export type CloseMeetingBody = z.input<typeof CloseMeetingBody>;
