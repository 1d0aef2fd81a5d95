import { SMALL_NUMBER_LIMIT, type StepUpdate, TEAM_FIGURE_MONTHS, type TeamFigures } from "@samplan/shared/api";
import { listGoals, listNextSteps, listProgressObservations, type MeetingSnapshot } from "@samplan/shared/model";
import type { CaseId } from "@samplan/shared/vocabulary";
import { loadCaseMeetings } from "../meetings/loadCaseMeetings.ts";
import { copenhagenDay, daysBetween } from "../storage/calendarDay.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { Repositories } from "../storage/repositories.ts";

/** Things counted for one figure, and the cases (citizens) they came from. */
interface Tally {
  count: number;
  cases: Set<CaseId>;
}

/**
 * The team lead's figures over the given cases (issue 24), aggregate only. The period is the
 * TEAM_FIGURE_MONTHS calendar months in Copenhagen up to today. "Held" is closed: a meeting
 * cancelled, or begun and never closed, has not been held.
 *
 * - Meetings held per month: by the Copenhagen month the meeting began in.
 * - Days between meetings: from one held meeting's day to the next held meeting's day in the same
 *   case, for each such pair whose later meeting began in the period; the median, in whole days.
 * - Steps done by the deadline: the steps agreed at held meetings whose due date lies in the period
 *   and has passed (it is before today). A step the network dropped in a review is left out: it
 *   was given up, not missed. A step counts as done by the deadline when the earliest day stored
 *   as its being done is on or before the due date. Those days are: the day its meeting closed,
 *   if it was ticked done in that meeting (the latest it can have been ticked); a later meeting's
 *   review judging it done, on the day written as when it happened, else that meeting's day; the
 *   owner's latest answer from their link being "done", on the day they gave, else the day they
 *   answered. A step done with no such day by its deadline counts as not done by it.
 * - Goals in the citizen's own words: of the goals first written at a meeting held in the period
 *   (a goal keeps its id when carried over, so each goal counts once, where it began), those the
 *   citizen added herself: created by role "borger", a claim the server sets from who wrote the
 *   goal (see model/authorship.ts), as the minutes mark "in the citizen's words". A goal the
 *   coordinator typed while the citizen spoke is the coordinator's.
 * - Ratings: Samplan has none yet.
 *
 * Small numbers: a figure made from fewer than SMALL_NUMBER_LIMIT things, or from fewer than
 * SMALL_NUMBER_LIMIT cases, is null, so no figure can be about one citizen or a few.
 */
export async function teamFigures(
  deps: { repos: Repositories; documents: DocumentStore },
  caseIds: CaseId[],
  now = new Date(),
): Promise<TeamFigures> {
  const today = copenhagenDay(now);
  const months = lastMonths(today, TEAM_FIGURE_MONTHS);
  const periodStart = `${months[0]}-01`;
  const heldPerMonth = new Map(months.map((month) => [month, tally()]));
  const gaps: number[] = [];
  const gapCases = new Set<CaseId>();
  const steps = tally();
  const stepsDone = tally();
  const goals = tally();
  const ownGoals = tally();

  const cases = await deps.repos.cases.listCases(caseIds);
  const running = tally();
  for (const kase of cases) if (kase.closedAt === null) count(running, kase.id);

  for (const { id: caseId } of cases) {
    const rows = await deps.repos.meetings.ofCase(caseId);
    const meetings = await loadCaseMeetings(deps.documents, rows);
    const updates = await deps.repos.stepUpdates.latestByStep(caseId);
    try {
      const docs = new Map(meetings.map((meeting) => [meeting.meetingId, meeting.doc]));
      const held = rows
        .filter((row) => row.closedAt !== null)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((row) => ({ row, day: copenhagenDay(new Date(row.startsAt)) }));

      for (const [index, { day }] of held.entries()) {
        const month = heldPerMonth.get(day.slice(0, 7));
        if (month) count(month, caseId);
        const previous = held[index - 1];
        if (previous && day >= periodStart && day <= today) {
          gaps.push(daysBetween(previous.day, day));
          gapCases.add(caseId);
        }
      }

      const doneOn = doneDays(meetings, updates);
      const dropped = droppedSteps(meetings);
      for (const { row, day } of held) {
        const doc = docs.get(row.id);
        if (!doc) continue;
        const closedOn = row.closedAt ? copenhagenDay(new Date(row.closedAt)) : day;
        for (const step of listNextSteps(doc)) {
          const due = step.dueDate;
          if (due === null || due < periodStart || due >= today || dropped.has(step.id)) continue;
          const days = [...(doneOn.get(step.id) ?? []), ...(step.status === "done" ? [closedOn] : [])];
          count(steps, caseId);
          if (days.some((done) => done <= due)) count(stepsDone, caseId);
        }
      }

      // Oldest meeting first, held or not: the first time a goal is seen is where it was written.
      const firstWritten = new Map<string, { meetingId: string; byCitizen: boolean }>();
      for (const meeting of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
        for (const goal of listGoals(meeting.doc)) {
          if (!firstWritten.has(goal.id)) {
            firstWritten.set(goal.id, { meetingId: meeting.meetingId, byCitizen: goal.createdByRole === "borger" });
          }
        }
      }
      const heldInPeriod = new Set<string>(
        held.filter(({ day }) => day >= periodStart && day <= today).map(({ row }) => row.id),
      );
      for (const { meetingId, byCitizen } of firstWritten.values()) {
        if (!heldInPeriod.has(meetingId)) continue;
        count(goals, caseId);
        if (byCitizen) count(ownGoals, caseId);
      }
    } finally {
      for (const meeting of meetings) meeting.doc.destroy();
    }
  }

  return {
    asOf: today,
    cases: shown(running),
    months: months.map((month) => ({ month, meetingsHeld: shown(heldPerMonth.get(month) ?? tally()) })),
    stepsDoneByDeadline: share(stepsDone, steps),
    daysBetweenMeetings: shown({ count: gaps.length, cases: gapCases })
      ? { median: median(gaps), of: gaps.length }
      : { median: null, of: null },
    goalsInOwnWords: share(ownGoals, goals),
    // Samplan does not ask citizens to rate their meetings yet; when it does, the figure goes here.
    ratings: null,
  };
}

function tally(): Tally {
  return { count: 0, cases: new Set() };
}

function count(into: Tally, caseId: CaseId): void {
  into.count++;
  into.cases.add(caseId);
}

function shown({ count, cases }: Tally): number | null {
  return count >= SMALL_NUMBER_LIMIT && cases.size >= SMALL_NUMBER_LIMIT ? count : null;
}

function share(part: Tally, whole: Tally): { share: number | null; of: number | null } {
  const of = shown(whole);
  return of === null ? { share: null, of: null } : { share: part.count / of, of };
}

/** The middle value, rounded to a whole day; of an even number, the mean of the middle two. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value);
}

/** This month and the `count - 1` before it, as YYYY-MM, oldest first. */
function lastMonths(today: string, count: number): string[] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return at.toISOString().slice(0, 7);
  });
}

/** The days stored as a step's being done, other than its tick in its own meeting, by step id. */
function doneDays(meetings: MeetingSnapshot[], updates: Map<string, StepUpdate>): Map<string, string[]> {
  const days = new Map<string, string[]>();
  const add = (stepId: string, day: string) => days.set(stepId, [...(days.get(stepId) ?? []), day]);
  for (const meeting of meetings) {
    const meetingDay = copenhagenDay(new Date(meeting.startsAt));
    for (const observation of listProgressObservations(meeting.doc)) {
      if (observation.review && observation.outcome === "done") {
        add(observation.review.stepId, observation.happenedOn ?? meetingDay);
      }
    }
  }
  for (const [stepId, update] of updates) {
    if (update.answer === "done") add(stepId, update.happenedOn ?? copenhagenDay(new Date(update.at)));
  }
  return days;
}

/** The steps a later meeting's review judged dropped. */
function droppedSteps(meetings: MeetingSnapshot[]): Set<string> {
  const dropped = new Set<string>();
  for (const meeting of meetings) {
    for (const observation of listProgressObservations(meeting.doc)) {
      if (observation.review && observation.outcome === "dropped") dropped.add(observation.review.stepId);
    }
  }
  return dropped;
}
