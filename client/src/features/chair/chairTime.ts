import { timeboxStatus } from "@samplan/shared/model";

/** What a phase's timer says: minutes used of the time box, minutes over it, or just minutes used. */
export type PhaseTime =
  | { kind: "used"; used: number; box: number }
  | { kind: "over"; over: number }
  | { kind: "elapsed"; used: number };

/**
 * Whole minutes, counted from when the server stamped the start. "15 af 15 min" stays until a
 * full minute past the box, so the words change at most once a minute.
 */
export function phaseTime(
  startedAt: number | null,
  timeboxMinutes: number | null,
  serverNow: number,
): PhaseTime | null {
  const status = timeboxStatus(startedAt, timeboxMinutes === null ? null : timeboxMinutes * 60_000, serverNow);
  if (!status) return null;
  const used = Math.floor(status.elapsedMs / 60_000);
  if (timeboxMinutes === null) return { kind: "elapsed", used };
  const over = Math.floor(status.overMs / 60_000);
  return over >= 1
    ? { kind: "over", over }
    : { kind: "used", used: Math.min(used, timeboxMinutes), box: timeboxMinutes };
}

/** A speaker's time in minutes and seconds: "1:05". */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export type SpeakerTime =
  | { kind: "used"; used: string; box: string }
  | { kind: "over"; over: string }
  | { kind: "elapsed"; used: string };

export function speakerTime(
  startedAt: number | null,
  timeboxSeconds: number | null,
  serverNow: number,
): SpeakerTime | null {
  const status = timeboxStatus(startedAt, timeboxSeconds === null ? null : timeboxSeconds * 1000, serverNow);
  if (!status) return null;
  if (timeboxSeconds === null) return { kind: "elapsed", used: clock(status.elapsedMs) };
  if (status.overMs > 0) return { kind: "over", over: clock(status.overMs) };
  return { kind: "used", used: clock(status.elapsedMs), box: clock(timeboxSeconds * 1000) };
}

/** Whether a typed time box is a whole number of minutes from 1 to `max`. */
export function isMinutes(draft: string, max: number): boolean {
  return /^\d{1,4}$/.test(draft) && Number(draft) >= 1 && Number(draft) <= max;
}
