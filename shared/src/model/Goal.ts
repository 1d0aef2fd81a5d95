import * as Y from "yjs";
import { z } from "zod";
import { type GoalId, GoalStatus, LifeArea, Role } from "../vocabulary/index.ts";
import { MODEL_ORIGIN } from "./origin.ts";
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
 * Mål: one of the citizen's goals, described from the future the citizen wants, in their own
 * words (the words are the item's rich text). Everything else in the plan points at a goal.
 *
 * A goal keeps its id from meeting to meeting, so its progress can be followed through rewordings.
 * It is reached, or set aside with a reason, but never silently deleted once it has been carried
 * into a later meeting.
 */
const fields = z.object({
  status: GoalStatus,
  statusReason: z.string().trim().max(500),
  /** The meeting this goal was carried over from; null for a goal first written in this meeting. */
  carriedFrom: z.string().max(64).nullable(),
  /** The part of her life the goal is about (Bolig, Helbred …), if anyone said; null when not. */
  area: LifeArea.nullable(),
});

const read = z.object({
  status: GoalStatus.catch("active"),
  statusReason: z.string().max(500).catch(""),
  carriedFrom: z.string().max(64).nullable().catch(null),
  // A goal written before areas existed has none.
  area: LifeArea.nullable().catch(null),
});

export const goals: SectionSpec<typeof fields.shape> = { key: "goals", fields, read };

export type GoalFields = z.infer<typeof fields>;
export type Goal = Item<GoalFields> & { id: GoalId };

export function listGoals(doc: Y.Doc): Goal[] {
  return listItems(doc, goals) as Goal[];
}

export function addGoal(
  doc: Y.Doc,
  input: { createdBy: string; createdByRole?: Role; text?: string; index?: number; id?: GoalId } & Partial<GoalFields>,
): GoalId {
  const { status = "active", statusReason = "", carriedFrom = null, area = null, ...rest } = input;
  return addItem(doc, goals, { ...rest, fields: { status, statusReason, carriedFrom, area } }) as GoalId;
}

export function moveGoal(doc: Y.Doc, id: GoalId, toIndex: number): void {
  moveItem(doc, goals, id, toIndex);
}

/**
 * Removes a goal written by mistake in this meeting. A goal carried over from an earlier meeting
 * has a history; it can only be reached or set aside.
 */
export function removeGoal(doc: Y.Doc, id: GoalId): void {
  const goal = listGoals(doc).find((g) => g.id === id);
  if (goal?.carriedFrom) throw new Error("A goal from an earlier meeting is set aside, not removed");
  removeItem(doc, goals, id);
}

export function markGoalReached(doc: Y.Doc, id: GoalId): void {
  updateItem(doc, goals, id, { status: "reached", statusReason: "" });
}

export function setGoalAside(doc: Y.Doc, id: GoalId, reason: string): void {
  if (!reason.trim()) throw new Error("Setting a goal aside needs a reason");
  updateItem(doc, goals, id, { status: "setAside", statusReason: reason });
}

export function reactivateGoal(doc: Y.Doc, id: GoalId): void {
  updateItem(doc, goals, id, { status: "active", statusReason: "" });
}

/** Says which part of her life the goal is about, or (null) that it is about none in particular. */
export function setGoalArea(doc: Y.Doc, id: GoalId, area: LifeArea | null): void {
  updateItem(doc, goals, id, { area });
}

export function goalText(doc: Y.Doc, id: GoalId): RichText | null {
  return itemText(doc, goals, id);
}

/**
 * "Where are you now on the way to this goal?", 0–10, from one person. Each rater's value is its
 * own key on the goal, so two people rating at the same moment never overwrite each other.
 */
export const Scale = z.object({
  raterKey: z.string().min(1).max(80),
  raterName: z.string().max(120),
  raterRole: Role,
  value: z.number().int().min(0).max(10),
  at: z.string().max(40),
});
export type Scale = z.infer<typeof Scale>;

/** A goal's key for each rater's scale now, and for each rater's scale carried over from last time. */
export const SCALE_KEY_PREFIX = "scale:";
export const PREVIOUS_SCALE_KEY_PREFIX = "previousScale:";

function goalMap(doc: Y.Doc, id: GoalId): Y.Map<unknown> {
  const map = doc.getMap<Y.Map<unknown>>(goals.key).get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No goal ${id}`);
  return map;
}

export function setGoalScale(
  doc: Y.Doc,
  id: GoalId,
  rater: { key: string; name: string; role: Role },
  value: number,
): void {
  const scale = Scale.parse({
    raterKey: rater.key,
    raterName: rater.name,
    raterRole: rater.role,
    value,
    at: new Date().toISOString(),
  });
  doc.transact(() => goalMap(doc, id).set(`${SCALE_KEY_PREFIX}${rater.key}`, scale), MODEL_ORIGIN);
}

export function clearGoalScale(doc: Y.Doc, id: GoalId, raterKey: string): void {
  doc.transact(() => goalMap(doc, id).delete(`${SCALE_KEY_PREFIX}${raterKey}`), MODEL_ORIGIN);
}

function scalesWith(doc: Y.Doc, id: GoalId, prefix: string): Scale[] {
  const map = doc.getMap<Y.Map<unknown>>(goals.key).get(id);
  if (!(map instanceof Y.Map)) return [];
  const scales: Scale[] = [];
  for (const [key, value] of map.entries()) {
    if (!key.startsWith(prefix)) continue;
    const scale = Scale.safeParse(value);
    if (scale.success) scales.push(scale.data);
  }
  // The citizen's own scale first; then the professionals, by name.
  return scales.sort(
    (a, b) =>
      Number(b.raterRole === "borger") - Number(a.raterRole === "borger") ||
      a.raterName.localeCompare(b.raterName, "da"),
  );
}

/** Every perspective on where the goal stands now, the citizen's first. */
export function goalScales(doc: Y.Doc, id: GoalId): Scale[] {
  return scalesWith(doc, id, SCALE_KEY_PREFIX);
}

/** The scales the goal had at the end of the meeting it was carried over from. */
export function previousGoalScales(doc: Y.Doc, id: GoalId): Scale[] {
  return scalesWith(doc, id, PREVIOUS_SCALE_KEY_PREFIX);
}

/** Used by carry-over: the last meeting's scales go with the goal, as "last time". */
export function setPreviousGoalScales(doc: Y.Doc, id: GoalId, scales: Scale[]): void {
  doc.transact(() => {
    const map = goalMap(doc, id);
    for (const scale of scales) map.set(`${PREVIOUS_SCALE_KEY_PREFIX}${scale.raterKey}`, scale);
  }, MODEL_ORIGIN);
}
