import { z } from "zod";
import { MeetingId } from "../vocabulary/index.ts";

/**
 * At the end of a meeting the citizen says how it was for her (issue 20): four short questions in
 * Samplan's own words (not a licensed instrument), each on a 1–5 scale. Her answers are kept on the
 * server, not in the meeting's document every participant holds: the coordinator reads them, the
 * rest of the network only if she says they may.
 */

/** The four questions, in the order she is asked them. */
export const RATING_QUESTIONS = ["heard", "mattered", "wayOfWorking", "overall"] as const;
export type RatingQuestion = (typeof RATING_QUESTIONS)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** One answer: 1 (not at all) to 5 (completely); null where she left the question unanswered. */
export const RatingStep = z.number().int().min(RATING_MIN).max(RATING_MAX).nullable();

const answers = {
  heard: RatingStep,
  mattered: RatingStep,
  wayOfWorking: RatingStep,
  overall: RatingStep,
};

export const MeetingRatingBody = z
  .strictObject({
    ...answers,
    /** "Må netværket se mine svar?": no unless she ticks it. */
    networkMaySee: z.boolean(),
  })
  .refine((body) => RATING_QUESTIONS.some((q) => body[q] !== null), "answer at least one question");
export type MeetingRatingBody = z.infer<typeof MeetingRatingBody>;

export const MeetingRating = z.object({
  ...answers,
  networkMaySee: z.boolean(),
  answeredAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingRating = z.infer<typeof MeetingRating>;

/** Her own answers for one meeting, and whether she may still give or change them. */
export const OwnMeetingRating = z.object({
  rating: MeetingRating.nullable(),
  /** Until the minutes are approved: then her answers are part of the record, as the minutes are. */
  canChange: z.boolean(),
});
export type OwnMeetingRating = z.infer<typeof OwnMeetingRating>;

/** Her answers for one meeting of the case, with the meeting they are about. */
export const RatedMeeting = MeetingRating.extend({
  meetingId: MeetingId,
  title: z.string(),
  startsAt: z.string(),
});
export type RatedMeeting = z.infer<typeof RatedMeeting>;

/** The case's meetings as she rated them, oldest first: all for the coordinator, the shared ones for the rest. */
export const CaseMeetingRatings = z.object({
  meetings: z.array(RatedMeeting),
  /** Only the meetings she let the network see: the reader is neither the coordinator nor she. */
  sharedOnly: z.boolean(),
});
export type CaseMeetingRatings = z.infer<typeof CaseMeetingRatings>;
