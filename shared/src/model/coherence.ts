import type * as Y from "yjs";
import type { GoalId, LifeArea, NextStepId } from "../vocabulary/index.ts";
import type { Phase } from "./chair/Phase.ts";
import { type Goal, goals as goalSection, goalText, listGoals } from "./Goal.ts";
import { listNextSteps, type NextStep, nextSteps, nextStepText } from "./NextStep.ts";
import { plainText } from "./richText.ts";

/**
 * Sammenhængsradaren (issue 20): whether the plan adds up, as a quiet checklist for the chair
 * during Næste skridt and Opsummering. Each check names what it found, so the chair can go to it:
 *   - every active goal has a step with an owner and a date;
 *   - every step serves a goal;
 *   - nobody has steps of which none serves a goal;
 *   - two steps that look alike, from two different owners ("Ligner hinanden — er det det samme?");
 *   - a goal's area that nobody at the table works with ("Boligmål, men ingen ved bordet arbejder med
 *     bolig"): one line an area, however many goals are about it.
 * Only open steps count: a step ticked done asks nothing more of the plan.
 */
export interface CoherenceInput {
  goals: readonly (Pick<Goal, "id" | "status"> & { text: string; area?: LifeArea | null })[];
  steps: readonly (Pick<NextStep, "id" | "owner" | "dueDate" | "goalId" | "status"> & { text: string })[];
  /**
   * The areas each person at the table works with: those in the meeting now, or the meeting's
   * roster when who is present is not known. Left out, the areas are not checked.
   */
  table?: readonly { areas: readonly LifeArea[] }[];
}

export interface Coherence {
  goalsWithoutStep: { goalId: GoalId; text: string }[];
  stepsWithoutGoal: { stepId: NextStepId; text: string; owner: string }[];
  ownersWithoutGoal: { owner: string; steps: number }[];
  lookAlikes: { stepIds: [NextStepId, NextStepId]; texts: [string, string]; owners: [string, string] }[];
  areasNobodyCovers: { area: LifeArea; goalIds: GoalId[] }[];
}

export function coherence({ goals, steps, table }: CoherenceInput): Coherence {
  const active = goals.filter((goal) => goal.status === "active");
  const known = new Set<GoalId>(goals.map((goal) => goal.id));
  const open = steps.filter((step) => step.status === "open");
  const servesAGoal = (step: (typeof open)[number]) => step.goalId !== null && known.has(step.goalId);

  const goalsWithoutStep = active
    .filter((goal) => !open.some((step) => step.goalId === goal.id && step.owner.trim() && step.dueDate))
    .map((goal) => ({ goalId: goal.id, text: goal.text.trim() }));

  const stepsWithoutGoal = open
    .filter((step) => !servesAGoal(step))
    .map((step) => ({ stepId: step.id, text: step.text.trim(), owner: step.owner }));

  const byOwner = new Map<string, (typeof open)[number][]>();
  for (const step of open) {
    if (!step.owner.trim()) continue;
    byOwner.set(step.owner, [...(byOwner.get(step.owner) ?? []), step]);
  }
  const ownersWithoutGoal = [...byOwner]
    .filter(([, own]) => !own.some(servesAGoal))
    .map(([owner, own]) => ({ owner, steps: own.length }));

  const lookAlikes: Coherence["lookAlikes"] = [];
  const words = open.map((step) => stepWords(step.text));
  for (let a = 0; a < open.length; a++) {
    for (let b = a + 1; b < open.length; b++) {
      const [first, second] = [open[a], open[b]];
      if (!first || !second || first.owner === second.owner) continue;
      if (!looksAlike(words[a] ?? new Set(), words[b] ?? new Set())) continue;
      lookAlikes.push({
        stepIds: [first.id, second.id],
        texts: [first.text.trim(), second.text.trim()],
        owners: [first.owner, second.owner],
      });
    }
  }
  return {
    goalsWithoutStep,
    stepsWithoutGoal,
    ownersWithoutGoal,
    lookAlikes,
    areasNobodyCovers: table ? areasNobodyCovers(active, table) : [],
  };
}

function areasNobodyCovers(
  active: CoherenceInput["goals"],
  table: NonNullable<CoherenceInput["table"]>,
): Coherence["areasNobodyCovers"] {
  const covered = new Set(table.flatMap((person) => person.areas));
  const uncovered = new Map<LifeArea, GoalId[]>();
  for (const goal of active) {
    if (!goal.area || covered.has(goal.area)) continue;
    uncovered.set(goal.area, [...(uncovered.get(goal.area) ?? []), goal.id]);
  }
  return [...uncovered].map(([area, goalIds]) => ({ area, goalIds }));
}

/** The goals and steps of a plan, with their words, as the checks read them. */
export function coherenceInput(doc: Y.Doc): CoherenceInput {
  const words = (text: Y.XmlFragment | null) => (text ? plainText(text) : "");
  return {
    goals: listGoals(doc).map((goal) => ({ ...goal, text: words(goalText(doc, goal.id)) })),
    steps: listNextSteps(doc).map((step) => ({ ...step, text: words(nextStepText(doc, step.id)) })),
  };
}

/**
 * Calls back on any change to the goals or the steps, their words included: a step typed to say the
 * same as another must be pointed out without waiting for a field to change.
 */
export function observeGoalsAndSteps(doc: Y.Doc, onChange: () => void): () => void {
  const maps = [doc.getMap(goalSection.key), doc.getMap(nextSteps.key)];
  for (const map of maps) map.observeDeep(onChange);
  return () => {
    for (const map of maps) map.unobserveDeep(onChange);
  };
}

/** Whether nothing in the checklist needs the chair's eye. */
export function addsUp(found: Coherence): boolean {
  return Object.values(found).every((points) => points.length === 0);
}

/**
 * Whether the agenda is where the checklist belongs: a phase working in Næste skridt, or a phase
 * after the last of those that works in no section (Opsummering og næste møde, however the chair
 * has renamed it). The summary is recognised by its place, not by its title.
 */
export function checksThePlan(
  agenda: readonly { id: string; section: Phase["section"] }[],
  nowId: string | null,
): boolean {
  const index = agenda.findIndex((phase) => phase.id === nowId);
  const now = agenda[index];
  if (!now) return false;
  if (now.section === "steps") return true;
  const lastSteps = agenda.findLastIndex((phase) => phase.section === "steps");
  return lastSteps >= 0 && index > lastSteps && now.section === null;
}

/**
 * Two steps look alike when at least half of the words they use between them are shared
 * (Jaccard ≥ LOOK_ALIKE_THRESHOLD) and they share at least two: one shared word ("ringe") is
 * chance. Half is where, in the step texts we tried, two services writing the same errand in their
 * own words met ("Kontakte jobcentret om en praktikplads i en butik" / "Finde en praktikplads i
 * butik sammen med jobcenteret": 3 of 5), while steps that only share a verb stayed below it.
 */
export const LOOK_ALIKE_THRESHOLD = 0.5;

export function looksAlike(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...a].filter((word) => b.has(word)).length;
  const all = new Set([...a, ...b]).size;
  return shared >= 2 && all > 0 && shared / all >= LOOK_ALIKE_THRESHOLD;
}

/**
 * A step's words as the comparison sees them: lower case, without the small words every sentence
 * has (STOP_WORDS), each cut to its stem the simple way: a Danish ending (-erne, -en, -et, -er, -e …)
 * taken off, then the first six letters kept, so "jobcentret" and "jobcenteret", "lægen" and
 * "læge", "ringe" and "ring" are one word.
 */
export function stepWords(text: string): Set<string> {
  const words =
    text
      .toLocaleLowerCase("da")
      .normalize("NFC")
      .match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map(stem));
}

const ENDINGS = ["erne", "ene", "ers", "ens", "ets", "er", "en", "et", "e"];
const STEM_LENGTH = 6;

function stem(word: string): string {
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
  return (ending ? word.slice(0, -ending.length) : word).slice(0, STEM_LENGTH);
}

const STOP_WORDS = new Set(
  (
    "af alle at blive bliver da dag de dem den der det dig din du efter eller en end er et for fra få går " +
    "han hans har hende hendes hun hvad hvem hver hvor hvornår i ikke ind inden jeg kan man med meget " +
    "mere mig min mod ned noget nogle når og om op os over på sammen senest sig sin sine sit skal som så " +
    "til ud uge ugen under ved vi vil være også"
  ).split(" "),
);
