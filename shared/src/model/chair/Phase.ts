import type * as Y from "yjs";
import { z } from "zod";
import { SectionKey } from "../../vocabulary/index.ts";
import { addItem, type Item, listItems, moveItem, removeItem, type SectionSpec, updateItem } from "../sectionList.ts";

/**
 * One phase of the meeting's agenda: what we do now, why ("purpose", one line), which section of
 * the plan it works in, and an optional time box. The agenda lives in the chair's document.
 */
export type PhaseId = string & { readonly __brand: "PhaseId" };

// A purpose is one line the chair writes, or the citizen's own points when she prepared some
// (citizenPointsPhase), which are kept whole: hence room for more than a line.
const PURPOSE_MAX = 500;

const fields = z.object({
  title: z.string().trim().min(1).max(80),
  purpose: z.string().trim().max(PURPOSE_MAX),
  section: SectionKey.nullable(),
  timeboxMinutes: z.number().int().min(1).max(240).nullable(),
});

const read = z.object({
  title: z.string().max(80).catch(""),
  purpose: z.string().max(PURPOSE_MAX).catch(""),
  section: SectionKey.nullable().catch(null),
  timeboxMinutes: z.number().int().min(1).max(240).nullable().catch(null),
});

export const phases: SectionSpec<typeof fields.shape> = { key: "agenda", fields, read, richText: false };

export type PhaseFields = z.infer<typeof fields>;
export type Phase = Item<PhaseFields> & { id: PhaseId; section: SectionKey | null };

/**
 * The default agenda of a network meeting. It is data, not code: the chair edits it per meeting,
 * and these words are only where a new meeting starts.
 */
export const DEFAULT_AGENDA: readonly PhaseFields[] = [
  {
    title: "Velkommen og formål",
    purpose: "Vi hilser på hinanden og siger, hvorfor vi er her i dag.",
    section: null,
    timeboxMinutes: 5,
  },
  {
    title: "Borgerens mål",
    purpose: "Borgeren fortæller med egne ord, hvor de gerne vil hen.",
    section: "goals",
    timeboxMinutes: 10,
  },
  {
    title: "Siden sidst",
    purpose: "Hvornår skete det, vi sagde vi ville se efter – og hvem så det?",
    section: "observations",
    timeboxMinutes: 15,
  },
  {
    title: "Runden (alle perspektiver)",
    purpose: "Alle får ordet på skift, så hvert perspektiv bliver hørt.",
    section: "round",
    timeboxMinutes: 20,
  },
  {
    title: "Næste skridt",
    purpose: "Vi aftaler, hvem gør hvad og hvornår – frem mod borgerens mål.",
    section: "steps",
    timeboxMinutes: 15,
  },
  {
    title: "Opsummering og næste møde",
    purpose: "Vi samler op og aftaler, hvornår vi ses igen.",
    section: null,
    timeboxMinutes: 5,
  },
];

export function listPhases(doc: Y.Doc): Phase[] {
  return listItems(doc, phases) as Phase[];
}

export function addPhase(doc: Y.Doc, input: PhaseFields & { createdBy: string; index?: number }): PhaseId {
  const { createdBy, index, ...phase } = input;
  return addItem(doc, phases, { createdBy, index, fields: phase }) as PhaseId;
}

export function updatePhase(doc: Y.Doc, id: PhaseId, patch: Partial<PhaseFields>): void {
  updateItem(doc, phases, id, patch);
}

export function movePhase(doc: Y.Doc, id: PhaseId, toIndex: number): void {
  moveItem(doc, phases, id, toIndex);
}

export function removePhase(doc: Y.Doc, id: PhaseId): void {
  removeItem(doc, phases, id);
}

/** Fills an empty agenda with a template's phases (DEFAULT_AGENDA unless said); one with phases is left alone. */
export function seedAgenda(doc: Y.Doc, createdBy: string, agenda: readonly PhaseFields[] = DEFAULT_AGENDA): void {
  if (listPhases(doc).length > 0) return;
  doc.transact(() => {
    for (const phase of agenda) addPhase(doc, { ...phase, createdBy });
  });
}

export const CITIZEN_POINTS_TITLE = "Borgerens punkter";

/**
 * What the citizen prepared to talk about opens the meeting: a first phase "Borgerens punkter"
 * with her points, in her words, as its purpose. Sharing again rewords that phase rather than
 * adding a second one.
 */
export function putCitizenPointsFirst(doc: Y.Doc, points: string, createdBy: string): PhaseId {
  const purpose = points.trim().slice(0, PURPOSE_MAX);
  const existing = listPhases(doc).find((phase) => phase.title === CITIZEN_POINTS_TITLE);
  if (existing) {
    updatePhase(doc, existing.id, { purpose });
    movePhase(doc, existing.id, 0);
    return existing.id;
  }
  return addPhase(doc, {
    title: CITIZEN_POINTS_TITLE,
    purpose,
    section: null,
    timeboxMinutes: 10,
    createdBy,
    index: 0,
  });
}
