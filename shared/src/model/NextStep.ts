import type * as Y from "yjs";
import { z } from "zod";
import type { Role } from "../vocabulary/index.ts";
import { GoalId, IsoDate, type NextStepId, NextStepStatus } from "../vocabulary/index.ts";
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

/*
 * Næste skridt: who does what (the rich text), by when, towards which goal. The owner is a
 * participant's name, or CITIZEN_OWNER when the citizen takes the step.
 *
 * What the step asks of the citizen's week (issue 20, "Her week"): hours a week and appointments
 * a week, both optional (null: nobody said). The maxima are a week's hours and a generous count of
 * appointments; anything above is a typo, not a plan.
 */
export const CITIZEN_HOURS_MAX = 168;
export const CITIZEN_APPOINTMENTS_MAX = 50;
const CitizenHours = z.number().min(0).max(CITIZEN_HOURS_MAX);
const CitizenAppointments = z.number().int().min(0).max(CITIZEN_APPOINTMENTS_MAX);

const fields = z.object({
  owner: z.string().trim().max(120),
  dueDate: IsoDate.nullable(),
  goalId: GoalId.nullable(),
  status: NextStepStatus,
  citizenHours: CitizenHours.nullable(),
  citizenAppointments: CitizenAppointments.nullable(),
});

// Steps written before the week's figures existed have neither: they read as "nobody said".
const read = z.object({
  owner: z.string().max(120).catch(""),
  dueDate: IsoDate.nullable().catch(null),
  goalId: GoalId.nullable().catch(null),
  status: NextStepStatus.catch("open"),
  citizenHours: CitizenHours.nullable().catch(null),
  citizenAppointments: CitizenAppointments.nullable().catch(null),
});

export const nextSteps: SectionSpec<typeof fields.shape> = { key: "steps", fields, read };

export type NextStepFields = z.infer<typeof fields>;
export type NextStep = Item<NextStepFields> & { id: NextStepId };

export function listNextSteps(doc: Y.Doc): NextStep[] {
  return listItems(doc, nextSteps) as NextStep[];
}

export function addNextStep(
  doc: Y.Doc,
  input: { createdBy: string; createdByRole?: Role; text?: string; index?: number } & Partial<NextStepFields>,
): NextStepId {
  const {
    createdBy,
    createdByRole,
    text,
    index,
    owner = "",
    dueDate = null,
    goalId = null,
    status = "open",
    citizenHours = null,
    citizenAppointments = null,
  } = input;
  return addItem(doc, nextSteps, {
    createdBy,
    createdByRole,
    text,
    index,
    fields: { owner, dueDate, goalId, status, citizenHours, citizenAppointments },
  }) as NextStepId;
}

export function updateNextStep(doc: Y.Doc, id: NextStepId, patch: Partial<NextStepFields>): void {
  updateItem(doc, nextSteps, id, patch);
}

export function moveNextStep(doc: Y.Doc, id: NextStepId, toIndex: number): void {
  moveItem(doc, nextSteps, id, toIndex);
}

export function removeNextStep(doc: Y.Doc, id: NextStepId): void {
  removeItem(doc, nextSteps, id);
}

export function nextStepText(doc: Y.Doc, id: NextStepId): RichText | null {
  return itemText(doc, nextSteps, id);
}
