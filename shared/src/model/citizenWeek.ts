import type * as Y from "yjs";
import { z } from "zod";
import type { GoalId } from "../vocabulary/index.ts";
import type { Goal } from "./Goal.ts";
import { CITIZEN_APPOINTMENTS_MAX, CITIZEN_HOURS_MAX, type NextStep } from "./NextStep.ts";
import { MODEL_ORIGIN } from "./origin.ts";

/**
 * Her week (issue 20): what the plan's steps ask of the citizen's time, beside the most she said
 * she can manage. "Din uge: 4 aftaler, 11 timer. Du sagde højst 12 timer."
 *
 * Her limit lives in the plan's document, beside the sections rather than in one (as her answer to
 * the plan does): she writes it live from her tablet, or the chair writes it for her, and everyone
 * sees it at once. Her own people (netværk) write only their sections, so the server's SectionGuard
 * keeps them out of it: it is hers and the professionals'. It is about her life, not about one
 * meeting, so the carry-over takes it on to the next meeting, where she can change it.
 */
export const CITIZEN_WEEK_KEY = "citizenWeek";
const LIMIT = "limit";

export const WeekLimit = z.object({
  /** The most hours a week she can give the plan; null when she named only appointments. */
  hours: z.number().min(0).max(CITIZEN_HOURS_MAX).nullable(),
  appointments: z.number().int().min(0).max(CITIZEN_APPOINTMENTS_MAX).nullable(),
  at: z.string().max(40),
});
export type WeekLimit = z.infer<typeof WeekLimit>;

function weekMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(CITIZEN_WEEK_KEY);
}

/** The most she said she can manage; null when nobody has written it (or it is not a limit). */
export function readWeekLimit(doc: Y.Doc): WeekLimit | null {
  const parsed = WeekLimit.safeParse(weekMap(doc).get(LIMIT));
  return parsed.success ? parsed.data : null;
}

/** Writes her limit; with neither hours nor appointments it is taken away. Invalid values throw. */
export function setWeekLimit(doc: Y.Doc, limit: { hours: number | null; appointments: number | null }): void {
  if (limit.hours === null && limit.appointments === null) {
    doc.transact(() => weekMap(doc).delete(LIMIT), MODEL_ORIGIN);
    return;
  }
  const value = WeekLimit.parse({ ...limit, at: new Date().toISOString() });
  doc.transact(() => weekMap(doc).set(LIMIT, value), MODEL_ORIGIN);
}

/** Calls back whenever her limit is written or taken away. */
export function observeWeekLimit(doc: Y.Doc, onChange: () => void): () => void {
  const map = weekMap(doc);
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

export interface CitizenWeek {
  /** Hours a week the counted steps ask of her, to one decimal. */
  hours: number;
  appointments: number;
  /** How many steps carry an estimate and count. */
  steps: number;
  limit: WeekLimit | null;
  /** More hours, or more appointments, than she said she can manage. */
  overLimit: boolean;
}

/**
 * What the plan asks of her week. A step counts while it is open and serves an active goal, or no
 * goal yet (it still takes her time): a step done, or one towards a goal reached or set aside, asks
 * nothing more of her. A step nobody estimated adds nothing; the number of steps counted says how
 * much of the plan the figures cover.
 */
export function citizenWeek(
  steps: readonly NextStep[],
  goals: readonly Pick<Goal, "id" | "status">[],
  limit: WeekLimit | null,
): CitizenWeek {
  const inactive = new Set<GoalId>(goals.filter((goal) => goal.status !== "active").map((goal) => goal.id));
  let hours = 0;
  let appointments = 0;
  let counted = 0;
  for (const step of steps) {
    if (step.status !== "open" || (step.goalId && inactive.has(step.goalId))) continue;
    if (step.citizenHours === null && step.citizenAppointments === null) continue;
    hours += step.citizenHours ?? 0;
    appointments += step.citizenAppointments ?? 0;
    counted++;
  }
  // Tenths, so 0.1 + 0.2 reads 0.3 and not 0.30000000000000004.
  hours = Math.round(hours * 10) / 10;
  const overLimit =
    limit !== null &&
    ((limit.hours !== null && hours > limit.hours) ||
      (limit.appointments !== null && appointments > limit.appointments));
  return { hours, appointments, steps: counted, limit, overLimit };
}

/** Used by carry-over: her limit goes on to the next meeting, unless one is written there already. */
export function carryWeekLimit(previous: Y.Doc, next: Y.Doc): boolean {
  const limit = readWeekLimit(previous);
  if (!limit || readWeekLimit(next)) return false;
  next.transact(() => weekMap(next).set(LIMIT, limit), MODEL_ORIGIN);
  return true;
}
