import type { CaseProgress } from "@samplan/shared/api";
import { calendarDateSeconds } from "../../ui/calendarDate.ts";

export interface SpreadAt {
  min: number;
  max: number;
  values: number[];
}

export interface ChartGoal {
  goalId: string;
  /** The citizen's scale at each x, null where they gave none. */
  citizen: (number | null)[];
  /** The professionals' scales at each x, null where none gave one. */
  spread: (SpreadAt | null)[];
}

export interface ChartModel {
  /** The meetings where at least one goal got a scale, oldest first, in seconds. */
  xs: number[];
  meetings: { id: string; title: string; startsAt: string }[];
  goals: ChartGoal[];
  /** Siden sidst observations with a date, where they happened; `goal` is an index into `goals`. */
  observations: { x: number; goal: number | null }[];
  /** The time axis, with room on each side so no point sits on the edge. */
  range: [number, number];
}

const DAY = 24 * 60 * 60;

/**
 * The progress view's data as the chart draws it: one x per meeting with scales, one line per goal
 * (the citizen's own scale) and the professionals' spread at each point. Null when nothing has a
 * scale yet.
 */
export function chartModel(progress: CaseProgress): ChartModel | null {
  const withPoints = new Set(progress.goals.flatMap((goal) => goal.points.map((point) => point.meetingId)));
  const meetings = progress.meetings
    .filter((meeting) => withPoints.has(meeting.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  if (meetings.length === 0) return null;
  const xs = meetings.map((meeting) => Date.parse(meeting.startsAt) / 1000);
  const column = new Map(meetings.map((meeting, index) => [meeting.id, index]));

  const goals = progress.goals.map((goal) => {
    const citizen: (number | null)[] = xs.map(() => null);
    const spread: (SpreadAt | null)[] = xs.map(() => null);
    for (const point of goal.points) {
      const i = column.get(point.meetingId);
      if (i === undefined) continue;
      citizen[i] = point.citizen;
      const values = point.others.map((other) => other.value).sort((a, b) => a - b);
      if (values.length > 0) spread[i] = { min: values[0] ?? 0, max: values.at(-1) ?? 0, values };
    }
    return { goalId: goal.goalId, citizen, spread };
  });

  const goalIndex = new Map(progress.goals.map((goal, index) => [goal.goalId, index]));
  const observations = progress.timeline.flatMap((entry) => {
    const x = entry.happenedOn ? calendarDateSeconds(entry.happenedOn) : null;
    return x === null ? [] : [{ x, goal: entry.goalId ? (goalIndex.get(entry.goalId) ?? null) : null }];
  });

  const all = [...xs, ...observations.map((o) => o.x)];
  const first = Math.min(...all);
  const last = Math.max(...all);
  const pad = Math.max((last - first) * 0.08, 7 * DAY);
  return { xs, meetings, goals, observations, range: [first - pad, last + pad] };
}
