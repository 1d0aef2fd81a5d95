import * as Y from "yjs";
import { z } from "zod";
import type { Role } from "../../vocabulary/index.ts";
import { MODEL_ORIGIN } from "../origin.ts";
import { floorMap, handFloorKey, recordFloor } from "./Floor.ts";
import { listPhases, type Phase, type PhaseId } from "./Phase.ts";

/**
 * Where the meeting is now: the current phase and the round, in the chair's document. Only the
 * coordinator's connection may write this document. The times are stamped by the server when the
 * phase or the speaker changes, so every device shows the same timer whatever its own clock says.
 */
export interface Speaker {
  /** The roster id, when the speaker is on the roster. */
  id: string | null;
  name: string;
}

const SpeakerSchema = z.object({ id: z.string().max(64).nullable(), name: z.string().min(1).max(120) });

/**
 * A question the chair took into the round (issue 20): its words, shown to everyone with the round,
 * the goal it is about and whom it was put to. Not why it was suggested: that stays with the chair.
 */
const RoundQuestionSchema = z.object({
  text: z.string().trim().min(1).max(500),
  goalId: z.string().max(64),
  to: SpeakerSchema,
});
export type RoundQuestion = z.infer<typeof RoundQuestionSchema>;

const RoundSchema = z.object({
  active: z.boolean(),
  speakers: z.array(SpeakerSchema).max(50),
  current: z.number().int().min(0),
  spoken: z.array(z.string().max(120)).max(50),
  speakerTimeboxSeconds: z.number().int().min(10).max(3600).nullable(),
  // A round written before questions existed has none.
  question: RoundQuestionSchema.nullable().catch(null).default(null),
  /** An "Et år frem" round (issue 20): everyone is asked the remembered-future question. */
  yearAhead: z.boolean().catch(false).default(false),
});
export type Round = z.infer<typeof RoundSchema>;

const StateSchema = z.object({
  currentPhaseId: z.string().max(64).nullable().catch(null),
  phaseStartedAt: z.number().nullable().catch(null),
  round: RoundSchema.nullable().catch(null),
  speakerStartedAt: z.number().nullable().catch(null),
});
export type ChairState = z.infer<typeof StateSchema>;

export function chairMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap("chair");
}

function handsTaken(doc: Y.Doc): Y.Map<number> {
  return doc.getMap<number>("handsTaken");
}

export function readChairState(doc: Y.Doc): ChairState {
  return StateSchema.parse(chairMap(doc).toJSON());
}

export function speakerKey(speaker: Speaker): string {
  return speaker.id ?? `name:${speaker.name}`;
}

/** Nu and Derefter: the current phase and the one after it (the first, before the meeting starts). */
export function nowAndNext(doc: Y.Doc): { now: Phase | null; next: Phase | null; index: number } {
  const agenda = listPhases(doc);
  const { currentPhaseId } = readChairState(doc);
  const index = agenda.findIndex((phase) => phase.id === currentPhaseId);
  return { now: agenda[index] ?? null, next: agenda[index + 1] ?? null, index };
}

export function goToPhase(doc: Y.Doc, phaseId: PhaseId | null): void {
  doc.transact(() => chairMap(doc).set("currentPhaseId", phaseId), MODEL_ORIGIN);
}

/** Moves the meeting to the next phase; from before the start, to the first. */
export function advancePhase(doc: Y.Doc): void {
  const { next, now } = nowAndNext(doc);
  if (next || !now) goToPhase(doc, next?.id ?? listPhases(doc)[0]?.id ?? null);
}

export function startRound(doc: Y.Doc, speakers: Speaker[], speakerTimeboxSeconds: number | null = null): void {
  const round: Round = RoundSchema.parse({
    active: speakers.length > 0,
    speakers,
    current: 0,
    spoken: [],
    speakerTimeboxSeconds,
    question: null,
    yearAhead: false,
  });
  doc.transact(() => chairMap(doc).set("round", round), MODEL_ORIGIN);
}

/** Starts "Et år frem": the question for everyone, the speakers in the order given (the citizen first). */
export function startYearAheadRound(doc: Y.Doc, speakers: Speaker[]): void {
  doc.transact(() => {
    startRound(doc, speakers);
    updateRound(doc, (round) => ({ ...round, yearAhead: true }));
  }, MODEL_ORIGIN);
}

/**
 * Takes a question into the round with one tap: it becomes the round's question, and the person it
 * is put to speaks next — now, when no round is going (a new round, them first, then `everyone`
 * else in the order given); after the current speaker, when one is (moved up if they are waiting,
 * brought back if they have spoken). Returns whether they have the floor now.
 */
export function askInRound(doc: Y.Doc, question: RoundQuestion, everyone: Speaker[]): boolean {
  const asked = RoundQuestionSchema.parse(question);
  const key = speakerKey(asked.to);
  const { round } = readChairState(doc);
  if (!round?.active) {
    const speakers = [asked.to, ...everyone.filter((speaker) => speakerKey(speaker) !== key)];
    startRound(doc, speakers.slice(0, 50), round?.speakerTimeboxSeconds ?? null);
    updateRound(doc, (started) => ({ ...started, question: asked }));
    return true;
  }
  let now = false;
  updateRound(doc, (going) => {
    const speakers = [...going.speakers];
    let current = going.current;
    const at = speakers.findIndex((speaker) => speakerKey(speaker) === key);
    if (at === current) {
      now = true;
      return { ...going, question: asked };
    }
    if (at !== -1) {
      speakers.splice(at, 1);
      if (at < current) current -= 1;
    }
    speakers.splice(current + 1, 0, at === -1 ? asked.to : (going.speakers[at] as Speaker));
    return { ...going, speakers: speakers.slice(0, 50), current, question: asked };
  });
  return now;
}

function updateRound(doc: Y.Doc, change: (round: Round) => Round): void {
  const { round } = readChairState(doc);
  if (!round) return;
  doc.transact(() => chairMap(doc).set("round", RoundSchema.parse(change(round))), MODEL_ORIGIN);
}

/** Changes the order of those who have not spoken yet. */
export function moveSpeaker(doc: Y.Doc, from: number, to: number): void {
  updateRound(doc, (round) => {
    const speakers = [...round.speakers];
    const first = round.active ? round.current : speakers.length;
    if (from < first || to < first || from >= speakers.length || to >= speakers.length) return round;
    const [moved] = speakers.splice(from, 1);
    if (moved) speakers.splice(to, 0, moved);
    return { ...round, speakers };
  });
}

/** Ticks off the current speaker and gives the floor to the next; after the last, the round ends. */
export function nextSpeaker(doc: Y.Doc): void {
  updateRound(doc, (round) => {
    const speaker = round.speakers[round.current];
    if (!round.active || !speaker) return round;
    const spoken = [...round.spoken, speakerKey(speaker)];
    const current = round.current + 1;
    return { ...round, spoken, current, active: current < round.speakers.length };
  });
}

export function endRound(doc: Y.Doc): void {
  updateRound(doc, (round) => ({ ...round, active: false }));
}

export function currentSpeaker(state: ChairState): Speaker | null {
  return state.round?.active ? (state.round.speakers[state.round.current] ?? null) : null;
}

/** A raised hand, as each participant publishes it in their awareness state. */
export interface RaisedHand {
  key: string;
  name: string;
  /** Server time (ms) when the hand went up. */
  raisedAt: number;
}

/**
 * The coordinator takes a hand: the participant's client sees it and lowers the hand, and the
 * floor's log notes that they got the floor at `at` (server time), with their role if known.
 * During a round the hand's owner has the floor in the round too, so everyone sees who is speaking
 * (before, the one interrupted was still shown as "har ordet"): they speak now (moved up if they
 * were waiting their turn), and the one interrupted has the floor back after them.
 */
export function takeHand(doc: Y.Doc, hand: RaisedHand, at: number, role: Role | null = null): void {
  doc.transact(() => {
    updateRound(doc, (going) => (going.active ? handInRound(going, { id: hand.key, name: hand.name }) : going));
    handsTaken(doc).set(hand.key, hand.raisedAt);
    recordFloor(doc, handFloorKey(hand), {
      at: Math.max(at, hand.raisedAt),
      speaker: { key: hand.key, name: hand.name, role },
      via: "hand",
      raisedAt: hand.raisedAt,
    });
  }, MODEL_ORIGIN);
}

function handInRound(round: Round, speaker: Speaker): Round {
  const key = speakerKey(speaker);
  const speakers = [...round.speakers];
  let current = round.current;
  const at = speakers.findIndex((listed) => speakerKey(listed) === key);
  if (at === current) return round;
  if (at !== -1) {
    speakers.splice(at, 1);
    if (at < current) current -= 1;
  }
  speakers.splice(current, 0, at === -1 ? speaker : (round.speakers[at] as Speaker));
  return { ...round, speakers: speakers.slice(0, 50), current };
}

export function wasHandTaken(doc: Y.Doc, hand: Pick<RaisedHand, "key" | "raisedAt">): boolean {
  return handsTaken(doc).get(hand.key) === hand.raisedAt;
}

/** The queue of hands, first raised first, without those the coordinator has taken. */
export function handQueue(doc: Y.Doc, hands: RaisedHand[]): RaisedHand[] {
  return hands
    .filter((hand) => !wasHandTaken(doc, hand))
    .sort((a, b) => a.raisedAt - b.raisedAt || (a.key < b.key ? -1 : 1));
}

/** Time used of a time box, from a start time the server stamped; `serverNow` is the server's clock. */
export function timeboxStatus(
  startedAt: number | null,
  timeboxMs: number | null,
  serverNow: number,
): { elapsedMs: number; remainingMs: number | null; overMs: number } | null {
  if (startedAt === null) return null;
  const elapsedMs = Math.max(0, serverNow - startedAt);
  if (timeboxMs === null) return { elapsedMs, remainingMs: null, overMs: 0 };
  return { elapsedMs, remainingMs: Math.max(0, timeboxMs - elapsedMs), overMs: Math.max(0, elapsedMs - timeboxMs) };
}

/** Calls back on any change to the agenda, the phase, the round, the hands taken or the floor's log. */
export function observeChair(doc: Y.Doc, onChange: () => void): () => void {
  const types = [doc.getMap("agenda"), chairMap(doc), handsTaken(doc), floorMap(doc)];
  const listener = () => onChange();
  for (const type of types) type.observeDeep(listener);
  return () => {
    for (const type of types) type.unobserveDeep(listener);
  };
}

export function createChairDocument(): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap("agenda");
  chairMap(doc);
  handsTaken(doc);
  floorMap(doc);
  return doc;
}
