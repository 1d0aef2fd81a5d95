import type { Role } from "../../vocabulary/index.ts";
import type { MeetingContent } from "../MeetingDocument.ts";
import type { FloorEntry } from "./Floor.ts";

/**
 * "Every voice counted" (issue 20): speaking time per person, the citizen's share, how long raised
 * hands waited, and how much of the plan is in her own words. An approximation from what the
 * chair did (who was given the floor, and when), never from sound: a turn runs from the moment
 * someone got the floor to the next change of the floor.
 */

/** A turn nobody ended (the chair forgot to move on) counts at most this long. */
export const LONGEST_COUNTED_TURN_MS = 15 * 60_000;

export interface SpeakerTime {
  key: string;
  name: string;
  role: Role | null;
  ms: number;
  turns: number;
}

export interface HandWaits {
  count: number;
  averageMs: number;
  longestMs: number;
  /** Who waited longest. */
  longestName: string;
}

export interface VoiceFigures {
  /** Most speaking time first. */
  speakers: SpeakerTime[];
  totalMs: number;
  /** The citizen's share of the speaking time, 0–1; null before anyone was given the floor. */
  citizenShare: number | null;
  waits: HandWaits | null;
}

/** The figures from the floor's log; `until` (server time) ends a turn still going. */
export function countVoices(entries: readonly FloorEntry[], until: number): VoiceFigures {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const bySpeaker = new Map<string, SpeakerTime>();
  sorted.forEach((entry, index) => {
    if (!entry.speaker) return;
    const end = Math.min(sorted[index + 1]?.at ?? until, entry.at + LONGEST_COUNTED_TURN_MS);
    const ms = Math.max(0, end - entry.at);
    const known = bySpeaker.get(entry.speaker.key) ?? { ...entry.speaker, ms: 0, turns: 0 };
    // A hand taken during a round gives the floor twice over (the hand, then the round's turn):
    // one turn, not two.
    const goesOn = sorted[index - 1]?.speaker?.key === entry.speaker.key;
    bySpeaker.set(entry.speaker.key, { ...known, ms: known.ms + ms, turns: known.turns + (goesOn ? 0 : 1) });
  });
  const speakers = [...bySpeaker.values()].sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name, "da"));
  const totalMs = speakers.reduce((sum, speaker) => sum + speaker.ms, 0);
  const citizenMs = speakers.filter((s) => s.role === "borger").reduce((sum, s) => sum + s.ms, 0);
  return {
    speakers,
    totalMs,
    citizenShare: speakers.length === 0 ? null : totalMs === 0 ? 0 : citizenMs / totalMs,
    waits: handWaits(sorted),
  };
}

function handWaits(entries: readonly FloorEntry[]): HandWaits | null {
  const waits = entries.flatMap((entry) =>
    entry.via === "hand" && entry.speaker && entry.raisedAt !== null
      ? [{ name: entry.speaker.name, ms: Math.max(0, entry.at - entry.raisedAt) }]
      : [],
  );
  if (waits.length === 0) return null;
  const longest = waits.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    count: waits.length,
    averageMs: waits.reduce((sum, wait) => sum + wait.ms, 0) / waits.length,
    longestMs: longest.ms,
    longestName: longest.name,
  };
}

export interface OwnWords {
  items: number;
  citizenItems: number;
  /** Letters and digits in the plan's texts, so spaces and punctuation weigh nothing. */
  characters: number;
  citizenCharacters: number;
}

/**
 * How much of the plan the citizen wrote herself: items, and the share of the words' characters.
 * The plan is its goals, what works, what happened since last time and the next steps; the round's
 * notes are left out, since the chair's client opens each speaker's note whoever then writes in it.
 */
export function ownWords(
  content: MeetingContent,
  isCitizen: (item: { createdBy: string; createdByRole: Role | null }) => boolean,
): OwnWords {
  const all = [...content.goals, ...content.resources, ...content.observations, ...content.steps];
  const counted = { items: 0, citizenItems: 0, characters: 0, citizenCharacters: 0 };
  for (const item of all) {
    const characters = (item.text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (characters === 0) continue;
    const hers = isCitizen(item);
    counted.items += 1;
    counted.characters += characters;
    if (hers) {
      counted.citizenItems += 1;
      counted.citizenCharacters += characters;
    }
  }
  return counted;
}
