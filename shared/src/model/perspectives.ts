import type { Scale } from "./Goal.ts";

/**
 * Perspektiv-spejlet (issue 20): where the network's scales on a goal differ, or one person moved
 * while the others stood still, the chair is offered a solution-focused question to a named person.
 * Pure: it decides whom to ask and with which kind of question; the words are the client's.
 */

/** Two scales this far apart are worth a question: one step is noise, two is a different picture. */
export const APART = 2;
/** A scale that moved at least this much since last time has moved. */
export const MOVED = 1;
/** The chair gets at most this many questions per goal: more is a checklist, not a conversation. */
export const MAX_QUESTIONS = 2;

export interface Perspective {
  raterKey: string;
  raterName: string;
  citizen: boolean;
  value: number;
  /** Their scale at the end of last meeting, when they gave one. */
  last: number | null;
  /** value − last; null without a scale last time. */
  moved: number | null;
}

/** Every scale now with how it moved since last time, in the order given (the citizen's first). */
export function perspectivesOf(scales: Scale[], previous: Scale[]): Perspective[] {
  const lastOf = new Map(previous.map((scale) => [scale.raterKey, scale.value]));
  return scales.map((scale) => {
    const last = lastOf.get(scale.raterKey) ?? null;
    return {
      raterKey: scale.raterKey,
      raterName: scale.raterName,
      citizen: scale.raterRole === "borger",
      value: scale.value,
      last,
      moved: last === null ? null : scale.value - last,
    };
  });
}

/**
 * - `whatDoYouSee`: "Ole, hvad ser du, der får dig til at sætte 7?" (to the one furthest from her).
 * - `oneStepUp`: "Hvad skulle der til for at rykke ét trin op, og hvem ville opdage det først?".
 * - `whatHelped` / `whatKeptItFromFalling`: to the citizen when she alone moved up / down.
 * - `whatDidYouNotice`: to the one who moved most when she stood still.
 */
export type QuestionKind = "whatDoYouSee" | "oneStepUp" | "whatHelped" | "whatKeptItFromFalling" | "whatDidYouNotice";

/** Why the question is suggested: for the chair's eyes only. */
export type QuestionReason =
  | { kind: "apart"; low: Perspective; high: Perspective }
  | { kind: "citizenMovedAlone"; mover: Perspective }
  | { kind: "movedWithoutCitizen"; mover: Perspective; citizen: Perspective };

export interface PerspectiveQuestion {
  kind: QuestionKind;
  /** Whom to ask. */
  to: Perspective;
  reason: QuestionReason;
}

function byDistance(from: number) {
  return (a: Perspective, b: Perspective) => Math.abs(b.value - from) - Math.abs(a.value - from);
}

/** The pair furthest apart, and the questions that go with it; none when nobody is 2 or more apart. */
function apartQuestions(all: Perspective[]): PerspectiveQuestion[] {
  if (all.length < 2) return [];
  const sorted = [...all].sort((a, b) => a.value - b.value);
  const low = sorted[0] as Perspective;
  const high = sorted[sorted.length - 1] as Perspective;
  if (high.value - low.value < APART) return [];
  const reason: QuestionReason = { kind: "apart", low, high };
  const citizen = all.find((p) => p.citizen);
  if (citizen) {
    // The one whose picture differs most from hers explains what they see; she is asked the step up.
    const furthest = all.filter((p) => !p.citizen).sort(byDistance(citizen.value))[0] as Perspective;
    return [
      { kind: "whatDoYouSee", to: furthest, reason },
      { kind: "oneStepUp", to: citizen, reason },
    ];
  }
  return [
    { kind: "whatDoYouSee", to: high, reason },
    { kind: "oneStepUp", to: low, reason },
  ];
}

/** Her scale moved while the others' did not, or the reverse. Needs last time's scales on both sides. */
function movementQuestions(all: Perspective[]): PerspectiveQuestion[] {
  const citizen = all.find((p) => p.citizen && p.moved !== null);
  const others = all.filter((p) => !p.citizen && p.moved !== null);
  if (!citizen || citizen.moved === null || others.length === 0) return [];
  const moved = (p: Perspective) => Math.abs(p.moved ?? 0) >= MOVED;
  const othersMoved = others.filter(moved);
  if (moved(citizen) && othersMoved.length === 0) {
    const kind = citizen.moved > 0 ? "whatHelped" : "whatKeptItFromFalling";
    return [{ kind, to: citizen, reason: { kind: "citizenMovedAlone", mover: citizen } }];
  }
  if (!moved(citizen) && othersMoved.length > 0) {
    const mover = [...othersMoved].sort((a, b) => Math.abs(b.moved ?? 0) - Math.abs(a.moved ?? 0))[0] as Perspective;
    return [{ kind: "whatDidYouNotice", to: mover, reason: { kind: "movedWithoutCitizen", mover, citizen } }];
  }
  return [];
}

/**
 * At most two questions for one goal. Views apart and a lone movement both: the first of each, so
 * the chair has one of either; otherwise up to two of the one that applies.
 */
export function perspectiveQuestions(scales: Scale[], previous: Scale[]): PerspectiveQuestion[] {
  const all = perspectivesOf(scales, previous);
  const apart = apartQuestions(all);
  const movement = movementQuestions(all);
  const both = apart[0] && movement[0] ? [apart[0], movement[0]] : [...apart, ...movement];
  return both.slice(0, MAX_QUESTIONS);
}

/** "Ole" of "Ole Dahl": how the chair addresses someone at the table. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
