import type * as Y from "yjs";
import { z } from "zod";
import { CITIZEN_OWNER, newId, Role } from "../vocabulary/index.ts";
import { addGoal } from "./Goal.ts";
import { addNextStep } from "./NextStep.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { addResource } from "./Resource.ts";

/**
 * Et år frem (Fremtidsdialog, issue 20): "Det er et år fra nu, og det går godt. Hvad er godt? Hvad
 * gjorde du? Hvem hjalp, og hvordan?" — each answer written under who said it, with the day it
 * was said (the server's stamp of when the speaker got the floor), so a year later the network can
 * set the remembered future beside what happened.
 *
 * Kept beside the plan's sections, as her week is: answers are short plain sentences, one value
 * each, never edited after they are said; what an answer became in the plan is noted on it, so it
 * is turned into plan once. Her own people (netværk) write only their sections; the server's
 * SectionGuard keeps them out of it.
 */
export const FUTURE_DIALOGUE_KEY = "futureDialogue";

/** Which of the three questions the answer is to. */
export const FuturePart = z.enum(["good", "did", "helped"]);
export type FuturePart = z.infer<typeof FuturePart>;

const Became = z.object({ kind: z.enum(["goal", "step", "resource"]), id: z.string().min(1).max(64) });
export type FutureBecame = z.infer<typeof Became>;

export const FutureAnswer = z.object({
  id: z.string().min(1).max(64),
  speaker: z.object({ memberId: z.string().max(64).nullable(), name: z.string().trim().min(1).max(120), role: Role }),
  part: FuturePart,
  text: z.string().trim().min(1).max(2000),
  /** When it was said: an ISO time from the server's clock. */
  saidAt: z.iso.datetime(),
  became: Became.nullable(),
  /** Said in the same turn, answers keep the order they were written in. */
  order: z.number().int().min(0).max(100_000),
});
export type FutureAnswer = z.infer<typeof FutureAnswer>;

function answersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(FUTURE_DIALOGUE_KEY);
}

/** Every answer, in the order said; one bad value from one client hides only itself. */
export function listFutureAnswers(doc: Y.Doc): FutureAnswer[] {
  const answers: FutureAnswer[] = [];
  for (const value of answersMap(doc).values()) {
    const parsed = FutureAnswer.safeParse(value);
    if (parsed.success) answers.push(parsed.data);
  }
  return answers.sort((a, b) => a.saidAt.localeCompare(b.saidAt) || a.order - b.order || (a.id < b.id ? -1 : 1));
}

export function addFutureAnswer(doc: Y.Doc, input: Omit<FutureAnswer, "id" | "became" | "order">): string {
  const order = answersMap(doc).size;
  const answer = FutureAnswer.parse({ ...input, id: newId<string>(), became: null, order });
  doc.transact(() => answersMap(doc).set(answer.id, answer), MODEL_ORIGIN);
  return answer.id;
}

/**
 * What one tap makes of an answer, or null: her "what is good" becomes a goal in her words; what
 * someone did that helped becomes their own next step; a person named as helping, a resource.
 */
export function wouldBecome(answer: FutureAnswer): FutureBecame["kind"] | null {
  if (answer.part === "good") return answer.speaker.role === "borger" ? "goal" : null;
  return answer.part === "did" ? "step" : "resource";
}

/**
 * Turns an answer into plan, in one change with the note of what it became. An answer already
 * turned is not turned again: what it became is returned instead. The new item is the writer's
 * (the server keeps `createdBy` true): from her own tablet, her goal is in her own words.
 */
export function turnIntoPlan(
  doc: Y.Doc,
  answerId: string,
  author: { createdBy: string; createdByRole?: Role },
): FutureBecame | null {
  const answer = listFutureAnswers(doc).find((a) => a.id === answerId);
  if (!answer) throw new Error(`No answer ${answerId}`);
  if (answer.became) return answer.became;
  const kind = wouldBecome(answer);
  if (!kind) return null;
  let id = "";
  doc.transact(() => {
    const text = answer.text;
    id =
      kind === "goal"
        ? addGoal(doc, { ...author, text })
        : kind === "step"
          ? addNextStep(doc, {
              ...author,
              text,
              owner: answer.speaker.role === "borger" ? CITIZEN_OWNER : answer.speaker.name,
            })
          : addResource(doc, { ...author, text, kind: "person" });
    answersMap(doc).set(answer.id, { ...answer, became: { kind, id } });
  }, MODEL_ORIGIN);
  return { kind, id };
}

/** Calls back when an answer is written or turned into plan. */
export function observeFutureDialogue(doc: Y.Doc, onChange: () => void): () => void {
  const map = answersMap(doc);
  map.observe(onChange);
  return () => map.unobserve(onChange);
}

/**
 * Carry-over: the remembered future goes on to the next meeting as it was said, with its date and
 * what it became; a second run adds nothing.
 */
export function carryFutureDialogue(previous: Y.Doc, next: Y.Doc): number {
  const target = answersMap(next);
  let carried = 0;
  for (const answer of listFutureAnswers(previous)) {
    if (target.has(answer.id)) continue;
    target.set(answer.id, answer);
    carried++;
  }
  return carried;
}
