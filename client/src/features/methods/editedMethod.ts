import type { MeetingTemplate, TemplatePhase } from "@samplan/shared/api";

/** A phase in the form: a key of its own, so moving it moves its fields and the focus with it. */
export interface EditedPhase extends TemplatePhase {
  key: string;
}

let lastKey = 0;
export const phaseKey = () => `method-phase-${++lastKey}`;

export function editedPhases(template: MeetingTemplate): EditedPhase[] {
  return template.phases.map((phase) => ({ ...phase, key: phaseKey() }));
}

/** A phase she adds: plain talk, no section of the plan opened, no time set. */
export function newPhase(): EditedPhase {
  return { key: phaseKey(), title: "", purpose: "", section: null, timeboxMinutes: null };
}

/** The phases as the server takes them: without the form's keys. */
export function phasesToSave(phases: EditedPhase[]): TemplatePhase[] {
  return phases.map(({ key: _key, ...phase }) => phase);
}

/** The list with the phase at `from` moved one place by `by`; unchanged at either end. */
export function moved<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
