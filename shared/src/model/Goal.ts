import type * as Y from "yjs";
import { z } from "zod";
import type { GoalId } from "./ids.ts";
import type { Role } from "./Participant.ts";
import type { RichText } from "./richText.ts";
import { addItem, type Item, itemText, listItems, moveItem, removeItem, type SectionSpec } from "./sectionList.ts";

/**
 * Mål: one of the citizen's goals, described from the future the citizen wants, in their own
 * words (the words are the item's rich text). Everything else in the plan points at a goal.
 */
const fields = z.object({});

export const goals: SectionSpec<typeof fields.shape> = { key: "goals", fields, read: fields };

export type Goal = Item<object> & { id: GoalId };

export function listGoals(doc: Y.Doc): Goal[] {
  return listItems(doc, goals) as Goal[];
}

export function addGoal(
  doc: Y.Doc,
  input: { createdBy: string; createdByRole?: Role; text?: string; index?: number },
): GoalId {
  return addItem(doc, goals, { fields: {}, ...input }) as GoalId;
}

export function moveGoal(doc: Y.Doc, id: GoalId, toIndex: number): void {
  moveItem(doc, goals, id, toIndex);
}

export function removeGoal(doc: Y.Doc, id: GoalId): void {
  removeItem(doc, goals, id);
}

export function goalText(doc: Y.Doc, id: GoalId): RichText | null {
  return itemText(doc, goals, id);
}
