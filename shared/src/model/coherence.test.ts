import { describe, expect, it } from "vitest";
import type { GoalId, NextStepId } from "../vocabulary/index.ts";
import { DEFAULT_AGENDA } from "./chair/Phase.ts";
import {
  addsUp,
  type CoherenceInput,
  checksThePlan,
  coherence,
  coherenceInput,
  looksAlike,
  observeGoalsAndSteps,
  stepWords,
} from "./coherence.ts";
import { addGoal, setGoalArea } from "./Goal.ts";
import { createMeetingDocument } from "./MeetingDocument.ts";
import { addNextStep, nextStepText } from "./NextStep.ts";
import { paragraphs } from "./richText.ts";

// A date two weeks from now: the checks only ask whether a step has one.
const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const job = "g-job" as GoalId;
const flat = "g-flat" as GoalId;
const done = "g-done" as GoalId;

function step(
  id: string,
  text: string,
  fields: Partial<CoherenceInput["steps"][number]> = {},
): CoherenceInput["steps"][number] {
  return { id: id as NextStepId, text, owner: "", dueDate: null, goalId: null, status: "open", ...fields };
}

const goals: CoherenceInput["goals"] = [
  { id: job, status: "active", text: "Et arbejde med dyr" },
  { id: flat, status: "active", text: "Egen lejlighed" },
  { id: done, status: "reached", text: "Sove om natten" },
];

describe("whether the plan adds up", () => {
  it("names each active goal that has no step with both an owner and a date", () => {
    const found = coherence({
      goals,
      steps: [
        step("s1", "Praktik i dyrehandlen", { goalId: job, owner: "Mette Holm", dueDate: soon }),
        // An owner but no date does not carry the goal.
        step("s2", "Skrive til boligselskabet", { goalId: flat, owner: "Karin" }),
      ],
    });
    expect(found.goalsWithoutStep).toEqual([{ goalId: flat, text: "Egen lejlighed" }]);
  });

  it("clears a goal's point once a step towards it has an owner and a date, and the whole list then adds up", () => {
    const steps = [
      step("s1", "Praktik i dyrehandlen", { goalId: job, owner: "Mette Holm", dueDate: soon }),
      step("s2", "Skrive til boligselskabet", { goalId: flat, owner: "Karin", dueDate: soon }),
    ];
    expect(addsUp(coherence({ goals, steps }))).toBe(true);
  });

  it("does not count a step ticked done towards a goal", () => {
    const found = coherence({
      goals,
      steps: [step("s1", "Praktik", { goalId: job, owner: "Mette", dueDate: soon, status: "done" })],
    });
    expect(found.goalsWithoutStep.map((g) => g.goalId)).toEqual([job, flat]);
  });

  it("names each open step that serves no goal, and each person none of whose steps does", () => {
    const found = coherence({
      goals,
      steps: [
        step("s1", "Ringe til lægen om medicinen", { owner: "Ali Demir" }),
        step("s2", "Bestille tid hos tandlægen", { owner: "Ali Demir" }),
        step("s3", "Praktik i dyrehandlen", { goalId: job, owner: "Mette Holm", dueDate: soon }),
        step("s4", "Finde en cykel", { owner: "Mette Holm" }),
        step("s5", "Gøre noget", { owner: "Karin", goalId: "g-gone" as GoalId }),
      ],
    });
    expect(found.stepsWithoutGoal.map((s) => s.stepId)).toEqual(["s1", "s2", "s4", "s5"]);
    expect(found.ownersWithoutGoal).toEqual([
      { owner: "Ali Demir", steps: 2 },
      { owner: "Karin", steps: 1 },
    ]);
  });

  it("points out two steps from two services that say the same errand in their own words", () => {
    const found = coherence({
      goals,
      steps: [
        step("s1", "Kontakte jobcentret om en praktikplads i en butik", { owner: "Mette Holm" }),
        step("s2", "Finde en praktikplads i butik sammen med jobcenteret", { owner: "Ali Demir" }),
        step("s3", "Ringe til lægen om ny medicin", { owner: "Karin" }),
      ],
    });
    expect(found.lookAlikes).toEqual([
      {
        stepIds: ["s1", "s2"],
        texts: [
          "Kontakte jobcentret om en praktikplads i en butik",
          "Finde en praktikplads i butik sammen med jobcenteret",
        ],
        owners: ["Mette Holm", "Ali Demir"],
      },
    ]);
  });

  it("does not point out one person's own two steps, or steps that only share a verb", () => {
    const found = coherence({
      goals,
      steps: [
        step("s1", "Søge boliger på nettet", { owner: "Karin" }),
        step("s2", "Søge boliger hos kommunen", { owner: "Karin" }),
        step("s3", "Ringe til lægen om ny medicin", { owner: "Ali" }),
        step("s4", "Ringe til jobcentret om praktik", { owner: "Mette" }),
      ],
    });
    expect(found.lookAlikes).toEqual([]);
  });
});

describe("a goal area with nobody at the table who works with it", () => {
  const housing = { areas: ["housing" as const] };
  const doctor = { areas: ["health" as const] };
  const areaGoals: CoherenceInput["goals"] = [
    { id: flat, status: "active", text: "Egen lejlighed", area: "housing" },
    { id: job, status: "active", text: "Et arbejde med dyr", area: "work" },
    { id: done, status: "reached", text: "Sove om natten", area: "health" },
  ];

  it("names each area of an active goal that nobody at the table works with, once however many goals", () => {
    const second = { id: "g-room" as GoalId, status: "active" as const, text: "Et værelse", area: "housing" as const };
    const found = coherence({ goals: [...areaGoals, second], steps: [], table: [doctor] });
    expect(found.areasNobodyCovers).toEqual([
      { area: "housing", goalIds: [flat, second.id] },
      { area: "work", goalIds: [job] },
    ]);
  });

  it("says nothing of an area someone at the table works with, of a goal reached, or of a goal without an area", () => {
    const found = coherence({
      goals: [...areaGoals, { id: "g-free" as GoalId, status: "active", text: "Noget andet", area: null }],
      steps: [],
      table: [housing, { areas: ["work"] }],
    });
    expect(found.areasNobodyCovers).toEqual([]);
  });

  it("does not check the areas when nobody at the table is known, and reads a goal written before areas", () => {
    expect(coherence({ goals: areaGoals, steps: [] }).areasNobodyCovers).toEqual([]);
    expect(coherence({ goals, steps: [], table: [] }).areasNobodyCovers).toEqual([]);
  });

  it("reads the area off the live plan's goals", () => {
    const doc = createMeetingDocument();
    const id = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Egen lejlighed" });
    setGoalArea(doc, id, "housing");
    expect(coherence({ ...coherenceInput(doc), table: [doctor] }).areasNobodyCovers).toEqual([
      { area: "housing", goalIds: [id] },
    ]);
    expect(coherence({ ...coherenceInput(doc), table: [doctor, housing] }).areasNobodyCovers).toEqual([]);
  });
});

describe("read from the live plan", () => {
  it("sees a step typed to say the same as another at once, without a field changing", () => {
    const doc = createMeetingDocument();
    addNextStep(doc, { createdBy: "Mette", owner: "Mette", text: "Kontakte jobcentret om en praktikplads i en butik" });
    const typed = addNextStep(doc, { createdBy: "Ali", owner: "Ali" });
    let changes = 0;
    const stop = observeGoalsAndSteps(doc, () => changes++);
    nextStepText(doc, typed)?.insert(0, paragraphs("Finde en praktikplads i butik sammen med jobcenteret"));
    stop();
    expect(changes).toBeGreaterThan(0);
    expect(coherence(coherenceInput(doc)).lookAlikes).toHaveLength(1);
  });
});

describe("look-alike words", () => {
  it("reads Danish endings and small words away", () => {
    expect(stepWords("Ringe til lægen")).toEqual(new Set(["ring", "læg"]));
    expect(stepWords("ring til læge")).toEqual(stepWords("Ringe til lægen"));
    expect([...stepWords("jobcentret")]).toEqual([...stepWords("jobcenteret")]);
  });

  it("needs half the words and at least two of them shared", () => {
    expect(looksAlike(new Set(["a", "b"]), new Set(["a", "b", "c", "d"]))).toBe(true);
    expect(looksAlike(new Set(["a", "b"]), new Set(["a", "b", "c", "d", "e"]))).toBe(false);
    expect(looksAlike(new Set(["a"]), new Set(["a"]))).toBe(false);
  });
});

describe("when the checklist is shown", () => {
  const agenda = DEFAULT_AGENDA.map((phase, index) => ({ id: `p${index}`, section: phase.section }));

  it("in Næste skridt and in the summary after it, not before", () => {
    expect(agenda.map((phase) => checksThePlan(agenda, phase.id))).toEqual([false, false, false, false, true, true]);
    expect(checksThePlan(agenda, null)).toBe(false);
  });

  it("not in an agenda without a steps phase", () => {
    const noSteps = agenda.filter((phase) => phase.section !== "steps");
    expect(noSteps.some((phase) => checksThePlan(noSteps, phase.id))).toBe(false);
  });
});
