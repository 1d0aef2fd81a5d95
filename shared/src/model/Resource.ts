import type * as Y from "yjs";
import { z } from "zod";
import type { Role } from "../vocabulary/index.ts";
import { GoalId, type ResourceId, ResourceKind } from "../vocabulary/index.ts";
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
 * Det der virker: something that already works for the citizen — a person, a place, a habit or a
 * strength of her own — in words (the rich text), optionally tied to the goals it helps with. The
 * method looks at these before the barriers, so her view shows them first.
 *
 * A resource keeps its id from meeting to meeting, like a goal: what worked last time is still on
 * the table next time, until someone takes it off.
 */
export { ResourceKind };

/** More goals than a plan ever has: a bound on what one client can write into a field. */
const MAX_GOALS = 50;

const fields = z.object({
  /** Not chosen yet: the words come first, what kind of thing it is may be said later. */
  kind: ResourceKind.nullable(),
  /** The goals it helps with, in the order they were tied; none is fine. */
  goalIds: z.array(GoalId).max(MAX_GOALS),
  /** The meeting this resource was carried over from; null for one first written in this meeting. */
  carriedFrom: z.string().max(64).nullable(),
});

const read = z.object({
  kind: ResourceKind.nullable().catch(null),
  // One bad id from one client drops that id, not the others.
  goalIds: z
    .array(z.unknown())
    .max(MAX_GOALS)
    .transform((ids) => ids.flatMap((id) => (GoalId.safeParse(id).success ? [id as GoalId] : [])))
    .catch([]),
  carriedFrom: z.string().max(64).nullable().catch(null),
});

export const resources: SectionSpec<typeof fields.shape> = { key: "resources", fields, read };

export type ResourceFields = z.infer<typeof fields>;
export type Resource = Item<ResourceFields> & { id: ResourceId };

export function listResources(doc: Y.Doc): Resource[] {
  return listItems(doc, resources) as Resource[];
}

export function addResource(
  doc: Y.Doc,
  input: {
    createdBy: string;
    createdByRole?: Role;
    text?: string;
    index?: number;
    id?: ResourceId;
  } & Partial<ResourceFields>,
): ResourceId {
  const { kind = null, goalIds = [], carriedFrom = null, ...rest } = input;
  return addItem(doc, resources, { ...rest, fields: { kind, goalIds, carriedFrom } }) as ResourceId;
}

export function updateResource(
  doc: Y.Doc,
  id: ResourceId,
  patch: Partial<Pick<ResourceFields, "kind" | "goalIds">>,
): void {
  updateItem(doc, resources, id, patch);
}

/** Says the resource helps with this goal too; tying it twice changes nothing. */
export function tieResourceToGoal(doc: Y.Doc, id: ResourceId, goalId: GoalId): void {
  const goalIds = goalIdsOf(doc, id);
  if (!goalIds.includes(goalId)) updateItem(doc, resources, id, { goalIds: [...goalIds, goalId] });
}

export function untieResourceFromGoal(doc: Y.Doc, id: ResourceId, goalId: GoalId): void {
  const goalIds = goalIdsOf(doc, id);
  if (goalIds.includes(goalId)) updateItem(doc, resources, id, { goalIds: goalIds.filter((g) => g !== goalId) });
}

export function moveResource(doc: Y.Doc, id: ResourceId, toIndex: number): void {
  moveItem(doc, resources, id, toIndex);
}

/**
 * Removes a resource, also one carried from an earlier meeting: what no longer works may go. Its
 * history stays in the earlier meetings' minutes.
 */
export function removeResource(doc: Y.Doc, id: ResourceId): void {
  removeItem(doc, resources, id);
}

export function resourceText(doc: Y.Doc, id: ResourceId): RichText | null {
  return itemText(doc, resources, id);
}

function goalIdsOf(doc: Y.Doc, id: ResourceId): GoalId[] {
  const resource = listResources(doc).find((r) => r.id === id);
  if (!resource) throw new Error(`No resources item ${id}`);
  return resource.goalIds;
}
