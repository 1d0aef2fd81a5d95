import type * as Y from "yjs";
import type { IsoDate, ReviewOutcome } from "../vocabulary/index.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { listProgressObservations, progressObservationText, updateProgressObservation } from "./ProgressObservation.ts";
import { paragraphs, plainText } from "./richText.ts";

/** What a step's owner answered between meetings, as the review of the step takes it up. */
export interface AnswerForReview {
  /** The outcome the answer suggests; the meeting may judge otherwise. */
  outcome: ReviewOutcome;
  note: string;
  observedBy: string;
  happenedOn: IsoDate | null;
}

/**
 * Fills in the review of last time's step with its owner's answer from between meetings: how it
 * went, what happened, who saw it and when. Only a review nobody has filled in yet: what the
 * network judged or wrote at the table is never overwritten. Returns whether it filled one.
 */
export function fillReviewFromAnswer(doc: Y.Doc, stepId: string, answer: AnswerForReview): boolean {
  const observation = listProgressObservations(doc).find((item) => item.review?.stepId === stepId);
  if (!observation || observation.outcome !== null) return false;
  const text = progressObservationText(doc, observation.id);
  if (!text || plainText(text).trim() !== "") return false;
  doc.transact(() => {
    updateProgressObservation(doc, observation.id, {
      outcome: answer.outcome,
      observedBy: answer.observedBy.slice(0, 120),
      happenedOn: answer.happenedOn,
    });
    if (answer.note) {
      text.delete(0, text.length);
      text.insert(0, paragraphs(answer.note));
    }
  }, MODEL_ORIGIN);
  return true;
}
