/**
 * How far apart the network's scales on a goal were at each meeting (issue 20): the progress view
 * shows it so the network sees whether it has come to understand her situation alike. Plain data
 * in and out, so the progress page computes it without loading the document model.
 */

/** One meeting's scales on a goal, as the progress view gets them (the model's GoalPoint). */
export interface ScaledPoint {
  meetingId: string;
  startsAt: string;
  citizen: number | null;
  others: { raterName: string; value: number }[];
}

export interface SpreadEnd {
  value: number;
  /** Who gave it; `null` stands for the citizen, whose name the page knows. */
  raters: (string | null)[];
}

export interface PerspectiveSpread {
  meetingId: string;
  startsAt: string;
  /** Highest minus lowest scale, the citizen's included: 0 when all agree. Never an average. */
  spread: number;
  lowest: SpreadEnd;
  highest: SpreadEnd;
  /** How many scales were given. */
  count: number;
}

/** How far apart the perspectives on a goal were at one meeting; null without any scale. */
export function pointSpread(point: ScaledPoint): PerspectiveSpread | null {
  const all: { name: string | null; value: number }[] = [
    ...(point.citizen === null ? [] : [{ name: null, value: point.citizen }]),
    ...point.others.map((other) => ({ name: other.raterName, value: other.value })),
  ];
  if (all.length === 0) return null;
  const values = all.map((entry) => entry.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const end = (value: number): SpreadEnd => ({
    value,
    raters: all.filter((entry) => entry.value === value).map((entry) => entry.name),
  });
  return {
    meetingId: point.meetingId,
    startsAt: point.startsAt,
    spread: max - min,
    lowest: end(min),
    highest: end(max),
    count: all.length,
  };
}

/** A goal's spread at each meeting it was scaled in, oldest first. */
export function spreadOverMeetings(points: ScaledPoint[]): PerspectiveSpread[] {
  return [...points]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map(pointSpread)
    .filter((spread): spread is PerspectiveSpread => spread !== null);
}
