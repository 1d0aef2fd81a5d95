import { type FutureAnswer, listFutureAnswers } from "./FutureDialogue.ts";
import { goalSeries, type MeetingSnapshot, stepsOverview } from "./progress.ts";
import { listResources } from "./Resource.ts";

/** What an answer's goal, step or resource is now, for the progress view. */
export type FutureNow =
  | "active"
  | "reached"
  | "setAside"
  | "open"
  | "done"
  | "partly"
  | "notYet"
  | "dropped"
  | "kept"
  | "gone";

export interface RememberedFuture {
  /** The day it was said in Copenhagen (YYYY-MM-DD, from the server's stamp). */
  saidOn: string;
  /** A year or more has passed: "Et år efter: det sagde vi — det skete". */
  yearLater: boolean;
  answers: { answer: FutureAnswer; now: FutureNow | null }[];
}

// A Danish meeting's day is the day in Copenhagen, not in UTC (sv-SE writes it YYYY-MM-DD).
const COPENHAGEN_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** Whether a year or more has passed from `saidOn` to `today` (both YYYY-MM-DD), by the calendar. */
export function aYearHasPassed(saidOn: string, today: string): boolean {
  const year = Number(saidOn.slice(0, 4)) + 1;
  return `${String(year).padStart(4, "0")}${saidOn.slice(4, 10)}` <= today;
}

/**
 * Every "Et år frem" of a case, one per day it was said, each answer beside what it became and how
 * that stands now: a goal's status, a step's latest status, whether a resource is still in the plan.
 * Answers carried from meeting to meeting count once.
 */
export function rememberedFutures(meetings: MeetingSnapshot[], today: string): RememberedFuture[] {
  const ordered = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const answers = new Map<string, FutureAnswer>();
  for (const meeting of ordered) for (const answer of listFutureAnswers(meeting.doc)) answers.set(answer.id, answer);
  if (answers.size === 0) return [];
  const goals = new Map(goalSeries(ordered).map((goal) => [goal.goalId, goal.status]));
  const steps = new Map<string, FutureNow>();
  // Newest meeting first: the first status seen is the latest.
  for (const step of stepsOverview(ordered, today)) if (!steps.has(step.stepId)) steps.set(step.stepId, step.status);
  const latest = ordered.at(-1);
  const resources = new Set<string>(latest ? listResources(latest.doc).map((resource) => resource.id) : []);
  const nowOf = (answer: FutureAnswer): FutureNow | null => {
    const became = answer.became;
    if (!became) return null;
    if (became.kind === "goal") return goals.get(became.id) ?? null;
    if (became.kind === "step") return steps.get(became.id) ?? null;
    return resources.has(became.id) ? "kept" : "gone";
  };
  const byDay = new Map<string, RememberedFuture>();
  for (const answer of [...answers.values()].sort((a, b) => a.saidAt.localeCompare(b.saidAt) || a.order - b.order)) {
    const saidOn = COPENHAGEN_DAY.format(new Date(answer.saidAt));
    const day = byDay.get(saidOn) ?? { saidOn, yearLater: aYearHasPassed(saidOn, today), answers: [] };
    day.answers.push({ answer, now: nowOf(answer) });
    byDay.set(saidOn, day);
  }
  return [...byDay.values()];
}
