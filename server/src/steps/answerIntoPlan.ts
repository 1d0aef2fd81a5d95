import { fillReviewFromAnswer } from "@samplan/shared/model";
import type { Author } from "@samplan/shared/record";
import { type StepAnswer, SUGGESTED_OUTCOME } from "@samplan/shared/vocabulary";
import * as Y from "yjs";
import type { StepUpdateRow } from "../storage/StepUpdateRepository.ts";

export interface RecordedAnswer {
  stepId: string;
  answer: StepAnswer;
  note: string;
  writtenBy: string;
  happenedOn: string | null;
}

/**
 * Writes an owner's answer into a plan's review of the step, under a Yjs client id of its own, so
 * the server can bind that id to the owner and the words count as theirs in "who wrote what" (the
 * plan's own client id writes what the server carries over, which is nobody's claim). Returns the
 * client id, or null when the plan has no review of the step left to fill in.
 */
export function answerIntoPlan(plan: Y.Doc, answer: RecordedAnswer): number | null {
  const writer = new Y.Doc();
  Y.applyUpdate(writer, Y.encodeStateAsUpdate(plan));
  const filled = fillReviewFromAnswer(writer, answer.stepId, {
    outcome: SUGGESTED_OUTCOME[answer.answer],
    note: answer.note,
    observedBy: answer.writtenBy,
    happenedOn: answer.happenedOn,
  });
  const clientId = writer.clientID;
  if (filled) Y.applyUpdate(plan, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(plan)));
  writer.destroy();
  return filled ? clientId : null;
}

/** Every answer that fills a review in the plan, with the owner its client id is to be bound to. */
export function answersInto(plan: Y.Doc, rows: Map<string, StepUpdateRow>): { clientId: number; author: Author }[] {
  const written: { clientId: number; author: Author }[] = [];
  for (const row of rows.values()) {
    const clientId = answerIntoPlan(plan, fromRow(row));
    if (clientId !== null) written.push({ clientId, author: authorOf(row) });
  }
  return written;
}

export function fromRow(row: StepUpdateRow): RecordedAnswer {
  return {
    stepId: row.step_id,
    answer: row.answer,
    note: row.note,
    writtenBy: row.written_by,
    happenedOn: row.happened_on,
  };
}

export function authorOf(row: StepUpdateRow): Author {
  return { memberId: row.member_id, name: row.written_by, role: row.written_by_role };
}
