import { RATING_QUESTIONS, type RatedMeeting, type RatingQuestion } from "@samplan/shared/api";

/** A drop this large from one rated meeting to the next is worth a word with her (on a 1–5 scale). */
export const DROP_STEPS = 2;
/** An answer this low (1 "Slet ikke" or 2 "Lidt") is worth a word with her whatever came before. */
export const LOW_AT_MOST = 2;

export interface RatingCell {
  value: number | null;
  /** Since the meeting she rated before; null where either time she left the question unanswered. */
  change: number | null;
}

export interface RatingRow {
  meetingId: string;
  title: string;
  startsAt: string;
  answers: Record<RatingQuestion, RatingCell>;
}

/**
 * A gentle flag on the latest meeting she rated: the questions whose answer dropped by
 * `DROP_STEPS` or more since the meeting she rated before, and those answered `LOW_AT_MOST` or
 * lower. Null when neither: nothing to say.
 */
export interface RatingFlag {
  meetingId: string;
  startsAt: string;
  dropped: RatingQuestion[];
  low: RatingQuestion[];
}

export interface RatingTrend {
  rows: RatingRow[];
  flag: RatingFlag | null;
}

/**
 * How she rated the case's meetings, meeting by meeting (oldest first), each answer with its change
 * since the meeting she rated before, and whether the latest asks for a word with her. Each
 * question is compared with itself only, and never averaged with the others: "Blev du hørt?" and
 * "alt i alt" are different things to her.
 */
export function ratingTrend(meetings: readonly RatedMeeting[]): RatingTrend {
  const sorted = [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const rows = sorted.map((meeting, i): RatingRow => {
    const before = i > 0 ? sorted[i - 1] : undefined;
    const answers = Object.fromEntries(
      RATING_QUESTIONS.map((q) => {
        const value = meeting[q];
        const previous = before?.[q] ?? null;
        return [q, { value, change: value !== null && previous !== null ? value - previous : null }];
      }),
    ) as Record<RatingQuestion, RatingCell>;
    return { meetingId: meeting.meetingId, title: meeting.title, startsAt: meeting.startsAt, answers };
  });
  const latest = rows.at(-1);
  if (!latest) return { rows, flag: null };
  const dropped = RATING_QUESTIONS.filter((q) => (latest.answers[q].change ?? 0) <= -DROP_STEPS);
  const low = RATING_QUESTIONS.filter((q) => {
    const value = latest.answers[q].value;
    return value !== null && value <= LOW_AT_MOST;
  });
  const flag =
    dropped.length + low.length > 0 ? { meetingId: latest.meetingId, startsAt: latest.startsAt, dropped, low } : null;
  return { rows, flag };
}
