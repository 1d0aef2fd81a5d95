import { z } from "zod";

/** A goal is worked on, reached, or set aside with a reason; never silently deleted. */
export const GoalStatus = z.enum(["active", "reached", "setAside"]);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** A next step as ticked in its own meeting. */
export const NextStepStatus = z.enum(["open", "done"]);
export type NextStepStatus = z.infer<typeof NextStepStatus>;

/** How a next step agreed last time went, as the next meeting judges it. */
export const ReviewOutcome = z.enum(["done", "partly", "notYet", "dropped"]);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

/**
 * Whether a step is still to be done: open, or judged partly done or not yet by a later meeting.
 * The steps overview, the desk, the deadline calendar and the client all ask this one question.
 */
export function isStepStillToDo(status: NextStepStatus | ReviewOutcome): boolean {
  return status === "open" || status === "partly" || status === "notYet";
}

/** Planned until it starts, live from its start until the coordinator closes it, then closed. */
export const MeetingStatus = z.enum(["planned", "live", "closed"]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** One frozen step in a meeting's record: a close, a reopening, an approval, or a snapshot taken while live. */
export const VersionKind = z.enum(["closed", "approved", "reopened", "snapshot"]);
export type VersionKind = z.infer<typeof VersionKind>;

/**
 * How a step is going, as its owner answers between meetings: Gjort / I gang / Det driller /
 * Ikke endnu. The next meeting still judges the step (ReviewOutcome); this is what it starts from.
 */
export const StepAnswer = z.enum(["done", "underway", "stuck", "notYet"]);
export type StepAnswer = z.infer<typeof StepAnswer>;

/** The review outcome an answer suggests to the next meeting, which may judge otherwise. */
export const SUGGESTED_OUTCOME: Record<StepAnswer, ReviewOutcome> = {
  done: "done",
  underway: "partly",
  stuck: "notYet",
  notYet: "notYet",
};

/** What the citizen says of the plan at the close: "Jeg er enig i planen" or "Jeg er ikke enig, fordi …". */
export const CitizenAnswer = z.enum(["agrees", "disagrees"]);
export type CitizenAnswer = z.infer<typeof CitizenAnswer>;

/**
 * Why a case was closed (forløbet afsluttet): a fixed list, so the team's figures can count them
 * and no free text about the citizen ends up in a reason.
 */
export const CaseClosingReason = z.enum(["job", "education", "otherService", "moved", "citizenEnded", "other"]);
export type CaseClosingReason = z.infer<typeof CaseClosingReason>;

/**
 * How far someone on the roster is from taking part in a meeting, as the coordinator's desk shows
 * it: ready (a staff account, or an invitation they have opened), invited but not answered (the
 * invitation not opened yet), not invited to it at all, or not covered by the citizen's consent.
 */
export const MeetingReadiness = z.enum(["ready", "notAnswered", "notInvited", "noConsent"]);
export type MeetingReadiness = z.infer<typeof MeetingReadiness>;
