import type * as Y from "yjs";
import { z } from "zod";
import { CitizenAnswer, type GoalId } from "../vocabulary/index.ts";
import { AUTHORSHIP_ORIGIN, type Forgery, type Writer } from "./authorship.ts";
import type { RecordedWriters } from "./authorshipReview.ts";
import { goals, goalText, listGoals } from "./Goal.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { plainText, type RichNode, type RichText, readRichText } from "./richText.ts";

/**
 * The citizen's answer at the close: "Jeg er enig i planen", or "Jeg er ikke enig, fordi …" in her
 * own words. It lives in the plan's document, beside the four sections rather than in one, so it
 * is written live from her tablet and the coordinator sees it at once, and so it is on nobody's
 * undo history: it is said on purpose, and taken back on purpose.
 *
 * Only the citizen says it. Every client can write anything into its replica, so the server keeps
 * this map to connections whose role is the citizen's (guardCitizenAgreement below, run by the
 * server's Attribution extension); what anyone else writes here is put back at once.
 */
export const AGREEMENT_KEY = "citizenAgreement";
const ANSWER = "answer";

export const CitizenAgreement = z.object({
  answer: CitizenAnswer,
  /** Her words after "fordi …"; may be empty: she need not explain herself. */
  reason: z.string().trim().max(2000),
  at: z.string().max(40),
  /**
   * Each goal's words as they stood when she answered, by goal id: a goal reworded by someone
   * after she said yes is shown to her with what it said before.
   */
  goalsAsAnswered: z.record(z.string().max(64), z.string().max(20_000)),
});
export type CitizenAgreement = z.infer<typeof CitizenAgreement>;

function agreementMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(AGREEMENT_KEY);
}

/** What she has said of the plan; null when she has said nothing (or what is there is not an answer). */
export function readCitizenAgreement(doc: Y.Doc): CitizenAgreement | null {
  const parsed = CitizenAgreement.safeParse(agreementMap(doc).get(ANSWER));
  return parsed.success ? parsed.data : null;
}

/** Each goal's words now, as the minutes read them. */
function goalWords(doc: Y.Doc): Map<GoalId, string> {
  return new Map(
    listGoals(doc).map((goal) => {
      const text = goalText(doc, goal.id);
      return [goal.id, text ? plainText(text).trim() : ""];
    }),
  );
}

/** She answers (or answers again: the latest answer stands), and the goals' words are kept as she saw them. */
export function answerThePlan(doc: Y.Doc, answer: CitizenAnswer, reason = ""): void {
  const value = CitizenAgreement.parse({
    answer,
    reason: answer === "disagrees" ? reason : "",
    at: new Date().toISOString(),
    goalsAsAnswered: Object.fromEntries(goalWords(doc)),
  });
  doc.transact(() => agreementMap(doc).set(ANSWER, value), MODEL_ORIGIN);
}

/** She takes her answer back: the plan is then as if she had said nothing. */
export function withdrawAnswer(doc: Y.Doc): void {
  doc.transact(() => agreementMap(doc).delete(ANSWER), MODEL_ORIGIN);
}

/** A goal whose words are not the ones she said yes to: `before` is null for a goal added since. */
export interface GoalChangedSinceAgreement {
  goalId: GoalId;
  before: string | null;
  after: string;
}

/**
 * The goals whose words differ from what she agreed to, in the plan's order; none when she has not
 * said yes. A goal removed since is not listed: it is no longer in the plan she is shown.
 */
export function goalsChangedSinceAgreement(doc: Y.Doc): GoalChangedSinceAgreement[] {
  const agreement = readCitizenAgreement(doc);
  if (agreement?.answer !== "agrees") return [];
  const changes: GoalChangedSinceAgreement[] = [];
  for (const [goalId, after] of goalWords(doc)) {
    const before = agreement.goalsAsAnswered[goalId] ?? null;
    // A goal just added and not written yet changes nothing she can read.
    if (before === null ? after !== "" : before !== after && !readsAsBeforeLists(doc, goalId, before)) {
      changes.push({ goalId, before, after });
    }
  }
  return changes;
}

/**
 * Whether the goal's words, read the way plain text was read before list items and hard breaks
 * had lines of their own, are what she answered. An answer given before that stored them so; the
 * goal did not change just because the same words are now written "- sove\n- gå tur".
 */
function readsAsBeforeLists(doc: Y.Doc, goalId: GoalId, before: string): boolean {
  const text = goalText(doc, goalId);
  return text !== null && wordsBeforeLists(text).trim() === before;
}

function wordsBeforeLists(richText: RichText): string {
  const read = (node: RichNode): string => {
    if (node.kind === "text") return node.runs.map((run) => run.text).join("");
    const breaks = node.name === "listItem" || node.name === "bulletList";
    return node.children.map(read).join(breaks ? "\n" : "");
  };
  return readRichText(richText).map(read).join("\n");
}

/**
 * Calls `changed` after her answer changes or any goal's words do (the comparison above depends on
 * both); returns how to stop.
 */
export function observeCitizenAgreement(doc: Y.Doc, changed: () => void): () => void {
  const agreement = agreementMap(doc);
  const goalSection = doc.getMap<unknown>(goals.key);
  const onChange = () => changed();
  agreement.observe(onChange);
  goalSection.observeDeep(onChange);
  return () => {
    agreement.unobserve(onChange);
    goalSection.unobserveDeep(onChange);
  };
}

/**
 * Keeps the answer the citizen's (run by the server, as guardAuthorship is): a change to it by a
 * participant whose role is not the citizen's is put back right after, in a change of the guard's
 * own that every replica receives, and `onRefused` hears of it. `writerOf` names who made a
 * transaction, or null for the server's own changes. Returns a remover.
 */
export function guardCitizenAgreement<W extends Writer>(
  doc: Y.Doc,
  writerOf: (transaction: Y.Transaction) => W | null,
  onRefused: (writer: W, refused: Forgery[]) => void,
): () => void {
  const map = agreementMap(doc);
  const listener = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
    if (transaction.origin === AUTHORSHIP_ORIGIN) return;
    const writer = writerOf(transaction);
    if (!writer || writer.role === "borger") return;
    const changes = [...event.changes.keys];
    // After this transaction, as a change of its own (see guardAuthorship).
    doc.transact(() => {
      for (const [key, change] of changes) {
        if (change.action === "add") map.delete(key);
        else map.set(key, change.oldValue);
      }
    }, AUTHORSHIP_ORIGIN);
    onRefused(
      writer,
      changes.map(([key]) => ({ itemId: AGREEMENT_KEY, key })),
    );
  };
  map.observe(listener);
  return () => map.unobserve(listener);
}

/**
 * Looks over a stored plan for an answer written by someone other than the citizen: the server
 * stores an update before the guard's correction, so a server stopped between the two would keep
 * it. Yjs keeps which client wrote the answer; the answer a non-citizen replaced is gone by then,
 * so the plan is left saying nothing, which the citizen can put right by answering again.
 * Answers the writer and what was taken out, or null.
 */
export function reviewStoredAgreement<W extends Writer>(
  doc: Y.Doc,
  recorded: RecordedWriters<W>,
): [W, Forgery[]] | null {
  const map = agreementMap(doc);
  const entry = map._map.get(ANSWER);
  if (!entry || entry.deleted) return null;
  const writer = recorded.writerOf(entry.id.client);
  // Nobody known: the server's own correction, which is the citizen's answer put back.
  if (!writer || writer.role === "borger") return null;
  doc.transact(() => map.delete(ANSWER), AUTHORSHIP_ORIGIN);
  return [writer, [{ itemId: AGREEMENT_KEY, key: ANSWER }]];
}
