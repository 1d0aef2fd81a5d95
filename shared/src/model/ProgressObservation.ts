import type * as Y from "yjs";
import { z } from "zod";
import type { Role } from "../vocabulary/index.ts";
import { GoalId, IsoDate, type ProgressObservationId, ReviewOutcome } from "../vocabulary/index.ts";
import type { RichText } from "./richText.ts";
import {
  addItem,
  type Item,
  itemText,
  listItems,
  moveItem,
  removeItem,
  type SectionSpec,
  updateItem,
} from "./sectionList.ts";

/**
 * Siden sidst: a concrete observation of progress since the last meeting: what happened (the
 * rich text), when it happened and who saw it, tied to the goal it moves towards.
 *
 * A review item is the same thing for a next step agreed last time: what was to be done, by whom
 * and when (`review`), how it went (`outcome`), and a short note (the rich text).
 */
export { ReviewOutcome };

export const StepUnderReview = z.object({
  stepId: z.string().max(64),
  text: z.string().max(2000),
  owner: z.string().max(120),
  dueDate: IsoDate.nullable(),
  /** The meeting the step was agreed in. */
  fromMeetingId: z.string().max(64),
});
export type StepUnderReview = z.infer<typeof StepUnderReview>;

const fields = z.object({
  goalId: GoalId.nullable(),
  observedBy: z.string().trim().max(120),
  happenedOn: IsoDate.nullable(),
  review: StepUnderReview.nullable(),
  outcome: ReviewOutcome.nullable(),
});

const read = z.object({
  goalId: GoalId.nullable().catch(null),
  observedBy: z.string().max(120).catch(""),
  happenedOn: IsoDate.nullable().catch(null),
  review: StepUnderReview.nullable().catch(null),
  outcome: ReviewOutcome.nullable().catch(null),
});

export const progressObservations: SectionSpec<typeof fields.shape> = { key: "observations", fields, read };

export type ProgressObservationFields = z.infer<typeof fields>;
export type ProgressObservation = Item<ProgressObservationFields> & { id: ProgressObservationId };

export function listProgressObservations(doc: Y.Doc): ProgressObservation[] {
  return listItems(doc, progressObservations) as ProgressObservation[];
}

export function addProgressObservation(
  doc: Y.Doc,
  input: {
    createdBy: string;
    createdByRole?: Role;
    text?: string;
    index?: number;
  } & Partial<ProgressObservationFields>,
): ProgressObservationId {
  const {
    createdBy,
    createdByRole,
    text,
    index,
    goalId = null,
    observedBy = "",
    happenedOn = null,
    review = null,
    outcome = null,
  } = input;
  return addItem(doc, progressObservations, {
    createdBy,
    createdByRole,
    text,
    index,
    fields: { goalId, observedBy, happenedOn, review, outcome },
  }) as ProgressObservationId;
}

export function updateProgressObservation(
  doc: Y.Doc,
  id: ProgressObservationId,
  patch: Partial<ProgressObservationFields>,
): void {
  updateItem(doc, progressObservations, id, patch);
}

export function moveProgressObservation(doc: Y.Doc, id: ProgressObservationId, toIndex: number): void {
  moveItem(doc, progressObservations, id, toIndex);
}

export function removeProgressObservation(doc: Y.Doc, id: ProgressObservationId): void {
  removeItem(doc, progressObservations, id);
}

export function progressObservationText(doc: Y.Doc, id: ProgressObservationId): RichText | null {
  return itemText(doc, progressObservations, id);
}
