import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
import * as Y from "yjs";
import { z } from "zod";
import { newId, Role } from "../vocabulary/index.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { paragraphs, type RichText } from "./richText.ts";

/**
 * The four sections of a meeting document are ordered lists of items. Each item is a Y.Map with
 * a stable id, its own rich text (a Y.XmlFragment, so one TipTap editor binds to each item) and a
 * few plain fields.
 *
 * Items live in a Y.Map keyed by id and are ordered by a fractional position key, not by their
 * place in a Y.Array: moving an item then only rewrites its position, so a move and an edit of the
 * same item made at the same time both survive. (Moving inside a Y.Array means delete and
 * re-insert, which would throw away whatever someone was typing into the item.)
 */
export interface SectionSpec<Fields extends z.ZodRawShape> {
  /** The root Y.Map the list lives in: a section of the plan, or a list in the chair's document. */
  key: string;
  /** Whether each item carries its own rich text; the agenda's phases do not. */
  richText?: boolean;
  /** What code may write: invalid values throw. */
  fields: z.ZodObject<Fields>;
  /**
   * What is read back: the same fields, each with a fallback, because a document is written by
   * every client in the meeting and one bad value must not hide an item from everyone.
   */
  read: z.ZodType<z.infer<z.ZodObject<Fields>>>;
}

const ItemBase = z.object({
  id: z.string().min(1).max(64),
  position: z.string().regex(/^[0-9A-Za-z]{1,256}$/),
  createdAt: z.string().max(40).catch(""),
  createdBy: z.string().max(200).catch(""),
  /** The author's role when the item was added: the citizen's items are shown as their own words. */
  createdByRole: Role.nullable().catch(null).default(null),
});

export type Item<F> = z.infer<typeof ItemBase> & F;

type ItemMap = Y.Map<unknown>;

function section(doc: Y.Doc, key: string): Y.Map<ItemMap> {
  return doc.getMap<ItemMap>(key);
}

function readItem<F>(spec: SectionSpec<z.ZodRawShape>, map: ItemMap): Item<F> | null {
  const json = Object.fromEntries([...map.entries()].filter(([, value]) => !(value instanceof Y.AbstractType)));
  const base = ItemBase.safeParse(json);
  if (!base.success) return null;
  const fields = spec.read.safeParse(json);
  return { ...base.data, ...(fields.success ? fields.data : {}) } as Item<F>;
}

function byPosition(a: { position: string; id: string }, b: { position: string; id: string }): number {
  // Plain code-unit comparison: fractional keys are ordered that way, not by locale.
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function listItems<F extends z.ZodRawShape>(doc: Y.Doc, spec: SectionSpec<F>): Item<z.infer<z.ZodObject<F>>>[] {
  const items: Item<z.infer<z.ZodObject<F>>>[] = [];
  for (const map of section(doc, spec.key).values()) {
    if (!(map instanceof Y.Map)) continue;
    const item = readItem<z.infer<z.ZodObject<F>>>(spec as unknown as SectionSpec<z.ZodRawShape>, map);
    if (item) items.push(item);
  }
  return items.sort(byPosition);
}

export interface AddItem<F> {
  fields: F;
  createdBy: string;
  createdByRole?: Role;
  /** Where in the list; the end when left out. */
  index?: number;
  /** Plain text to start with, one paragraph a line. */
  text?: string;
  id?: string;
}

export function addItem<F extends z.ZodRawShape>(
  doc: Y.Doc,
  spec: SectionSpec<F>,
  input: AddItem<z.input<z.ZodObject<F>>>,
): string {
  const fields = spec.fields.parse(input.fields);
  const id = input.id ?? newId<string>();
  doc.transact(() => {
    const items = listItems(doc, spec);
    const index = clampIndex(input.index ?? items.length, items.length);
    const map = new Y.Map<unknown>();
    map.set("id", id);
    map.set("createdAt", new Date().toISOString());
    map.set("createdBy", input.createdBy);
    map.set("createdByRole", input.createdByRole ?? null);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    if (spec.richText !== false) {
      const text = new Y.XmlFragment();
      if (input.text) text.insert(0, paragraphs(input.text));
      map.set("text", text);
    }
    section(doc, spec.key).set(id, map);
    placeAt(doc, spec.key, items, index, id);
  }, MODEL_ORIGIN);
  return id;
}

export function updateItem<F extends z.ZodRawShape>(
  doc: Y.Doc,
  spec: SectionSpec<F>,
  id: string,
  patch: Partial<z.input<z.ZodObject<F>>>,
): void {
  const valid = spec.fields.partial().parse(patch);
  doc.transact(() => {
    const map = section(doc, spec.key).get(id);
    if (!map) throw new Error(`No ${spec.key} item ${id}`);
    for (const [key, value] of Object.entries(valid)) {
      if (value !== undefined) map.set(key, value);
    }
  }, MODEL_ORIGIN);
}

export function moveItem<F extends z.ZodRawShape>(doc: Y.Doc, spec: SectionSpec<F>, id: string, toIndex: number): void {
  doc.transact(() => {
    if (!section(doc, spec.key).has(id)) throw new Error(`No ${spec.key} item ${id}`);
    const others = listItems(doc, spec).filter((item) => item.id !== id);
    placeAt(doc, spec.key, others, clampIndex(toIndex, others.length), id);
  }, MODEL_ORIGIN);
}

export function removeItem<F extends z.ZodRawShape>(doc: Y.Doc, spec: SectionSpec<F>, id: string): void {
  doc.transact(() => {
    section(doc, spec.key).delete(id);
  }, MODEL_ORIGIN);
}

export function itemText<F extends z.ZodRawShape>(doc: Y.Doc, spec: SectionSpec<F>, id: string): RichText | null {
  const text = section(doc, spec.key).get(id)?.get("text");
  return text instanceof Y.XmlFragment ? text : null;
}

/**
 * Calls back when items are added, removed, moved or their fields change; typing inside an item's
 * rich text does not count, so a list re-renders on structure, not on every keystroke.
 */
export function observeSection(doc: Y.Doc, key: string, onChange: (transaction: Y.Transaction) => void): () => void {
  const map = section(doc, key);
  const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    if (events.some((event) => event.target === map || event.target.parent === map)) onChange(transaction);
  };
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(index) ? Math.trunc(index) : length, length));
}

/**
 * Gives `id` a position key that sorts it at `index` among `others` (already sorted, without it).
 * Two people who add at the same place at the same moment get the same key; the id breaks the
 * tie, and the next insert into such a tie re-keys the tied run so keys stay strictly between.
 */
function placeAt(doc: Y.Doc, key: string, others: { id: string; position: string }[], index: number, id: string) {
  const map = section(doc, key);
  const lower = others[index - 1]?.position ?? null;
  const upper = others[index]?.position ?? null;
  try {
    if (lower === null || upper === null || lower < upper) {
      map.get(id)?.set("position", generateKeyBetween(lower, upper));
      return;
    }
    let start = index - 1;
    while (start > 0 && others[start - 1]?.position === lower) start--;
    let end = index;
    while (end < others.length - 1 && others[end + 1]?.position === upper) end++;
    rekey(
      map,
      [
        ...others.slice(start, index).map((item) => item.id),
        id,
        ...others.slice(index, end + 1).map((item) => item.id),
      ],
      others[start - 1]?.position ?? null,
      others[end + 1]?.position ?? null,
    );
  } catch {
    // A key written by another client that the library cannot order between (malformed, but
    // passing our pattern): give the whole list fresh keys in its current visible order.
    const ids = others.map((item) => item.id);
    ids.splice(index, 0, id);
    rekey(map, ids, null, null);
  }
}

function rekey(map: Y.Map<ItemMap>, ids: string[], before: string | null, after: string | null) {
  const keys = generateNKeysBetween(before, after, ids.length);
  ids.forEach((itemId, i) => {
    map.get(itemId)?.set("position", keys[i]);
  });
}
