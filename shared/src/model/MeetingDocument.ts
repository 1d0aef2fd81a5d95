import * as Y from "yjs";
import { SectionKey } from "../vocabulary/index.ts";
import { type Goal, goals, listGoals } from "./Goal.ts";
import { listNextSteps, type NextStep, nextSteps } from "./NextStep.ts";
import { listProgressObservations, type ProgressObservation, progressObservations } from "./ProgressObservation.ts";
import { listResources, type Resource, resources } from "./Resource.ts";
import { listRoundNotes, type RoundNote, roundNotes } from "./RoundNote.ts";
import { plainText } from "./richText.ts";
import { itemText } from "./sectionList.ts";

/**
 * The live document of one meeting: five sections, each a root Y.Map of items.
 *   goals         Mål                    Goal
 *   resources     Det der virker         Resource (what already works: people, places, habits, strengths)
 *   observations  Siden sidst            ProgressObservation
 *   round         Runden                 RoundNote (what each person said in the round)
 *   steps         Næste skridt           NextStep
 */
export const SECTION_KEYS: readonly SectionKey[] = SectionKey.options;

/**
 * A meeting's plan (meeting:<uuid>) and the chair's document (meeting:<uuid>:chair), as the
 * views hold them: opaque handles passed to this package's functions, never read as Y types.
 */
export type PlanDocument = Y.Doc;
export type ChairDocument = Y.Doc;

export function createMeetingDocument(): Y.Doc {
  const doc = new Y.Doc();
  for (const key of SECTION_KEYS) doc.getMap(key);
  return doc;
}

/** Nothing has been written into the document yet, by anyone: not even its first sync has come. */
export function isBlank(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

export interface MeetingContent {
  goals: (Goal & { text: string })[];
  resources: (Resource & { text: string })[];
  observations: (ProgressObservation & { text: string })[];
  steps: (NextStep & { text: string })[];
  roundNotes: (RoundNote & { text: string })[];
}

/** Everything in the document as plain data, rich text flattened: for tests, minutes and exports. */
export function readMeetingContent(doc: Y.Doc): MeetingContent {
  const textOf = (spec: Parameters<typeof itemText>[1], id: string) => {
    const fragment = itemText(doc, spec, id);
    return fragment ? plainText(fragment) : "";
  };
  return {
    goals: listGoals(doc).map((goal) => ({ ...goal, text: textOf(goals, goal.id) })),
    resources: listResources(doc).map((resource) => ({ ...resource, text: textOf(resources, resource.id) })),
    observations: listProgressObservations(doc).map((o) => ({ ...o, text: textOf(progressObservations, o.id) })),
    steps: listNextSteps(doc).map((step) => ({ ...step, text: textOf(nextSteps, step.id) })),
    roundNotes: listRoundNotes(doc).map((note) => ({ ...note, text: textOf(roundNotes, note.id) })),
  };
}
