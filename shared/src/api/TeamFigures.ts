import { z } from "zod";

/**
 * Below this a figure is not shown (issue 24): a figure made from fewer than five things, or
 * from fewer than five citizens' cases, could describe one citizen, so it is answered as null and
 * shown as "færre end 5". Zero is below it too.
 */
export const SMALL_NUMBER_LIMIT = 5;

/** How many calendar months (Copenhagen) of meetings the team lead sees, this month included. */
export const TEAM_FIGURE_MONTHS = 6;

/** A count, or null when it is below SMALL_NUMBER_LIMIT. */
const Count = z.number().int().min(SMALL_NUMBER_LIMIT).nullable();

/** A share from 0 to 1 of `of` things; both null when there are too few things or citizens behind it. */
const Share = z.object({ share: z.number().min(0).max(1).nullable(), of: Count });

/**
 * The team's figures for its team lead: aggregate only. Nothing in it names a citizen or points at
 * a case or a meeting; every figure counts over the team's cases together. The period is the
 * TEAM_FIGURE_MONTHS calendar months up to today.
 */
export const TeamFigures = z.object({
  /** Today in Copenhagen (YYYY-MM-DD): what "the deadline has passed" and the months count from. */
  asOf: z.iso.date(),
  /** Cases running now (not closed). */
  cases: Count,
  /** Meetings held (closed; cancelled ones never are) per month of their start, oldest month first. */
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), meetingsHeld: Count })),
  /** Steps agreed at held meetings, due in the period with the deadline passed: the share done by it. */
  stepsDoneByDeadline: Share,
  /** The median whole days from one held meeting to the next in the same case, ending in the period. */
  daysBetweenMeetings: z.object({ median: z.number().int().min(0).nullable(), of: Count }),
  /** Goals first written at a meeting held in the period: the share the citizen wrote herself. */
  goalsInOwnWords: Share,
  /**
   * Citizens' ratings of their meetings. Samplan does not ask citizens to rate a meeting yet, so
   * this is null; when it does, their average (with how many ratings) belongs here.
   */
  ratings: z.object({ average: z.number().nullable(), of: Count }).nullable(),
});
export type TeamFigures = z.infer<typeof TeamFigures>;
