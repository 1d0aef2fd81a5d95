import {
  addGoal,
  addNextStep,
  addProgressObservation,
  addResource,
  answerThePlan,
  createMeetingDocument,
  goalText,
  removeGoal,
  renderMinutes,
  roundNoteFor,
  roundNoteText,
  setGoalScale,
  tieResourceToGoal,
} from "@samplan/shared/model";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { minutesMarkdown } from "./minutesMarkdown.ts";

function aMeeting() {
  const doc = createMeetingDocument();
  const goal = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Jeg vil arbejde med dyr på en gård" });
  setGoalScale(doc, goal, { key: "s", name: "Sara", role: "borger" }, 4);
  setGoalScale(doc, goal, { key: "m", name: "Mette Ø.", role: "fagperson" }, 6);
  addProgressObservation(doc, {
    createdBy: "Mette",
    text: "Mødte kl. 8 tre dage i træk",
    goalId: goal,
    observedBy: "Mette (praktikvært)",
    happenedOn: "2026-11-18",
  });
  addNextStep(doc, {
    createdBy: "Karin",
    text: "Ringe til gården i Ærø",
    owner: "Karin",
    dueDate: "2026-12-12",
    goalId: goal,
  });
  const note = roundNoteFor(doc, { name: "Peter (psykolog)", id: null }, { createdBy: "Karin" });
  roundNoteText(doc, note)!.insert(0, [Object.assign(new Y.XmlElement("paragraph"), {})]);
  (roundNoteText(doc, note)!.get(0) as Y.XmlElement).insert(0, [new Y.XmlText("Søvnen er bedre")]);
  return doc;
}

describe("the minutes of a meeting", () => {
  const minutes = renderMinutes({
    meeting: {
      id: "m1",
      title: "Netværksmøde",
      startsAt: "2026-12-01T09:00:00.000Z",
      closedAt: "2026-12-01T10:30:00.000Z",
    },
    citizenName: "Sara Jensen",
    caseReference: "27.12.00-G01-1-26",
    participants: [
      { name: "Karin Holm", role: "koordinator", organisation: "Jobcenter", profession: "", present: true },
      { name: "Sara Jensen", role: "borger", organisation: "", profession: "", present: true },
      { name: "Jonas", role: "fagperson", organisation: "Lægehuset", profession: "Læge", present: false },
    ],
    nextMeetingAt: "2027-01-12T09:00:00.000Z",
    doc: aMeeting(),
  });

  it("hold the goals in the citizen's words with every perspective's scale, progress, the round and the next steps", () => {
    expect(minutes.goals).toMatchObject([
      {
        text: "Jeg vil arbejde med dyr på en gård",
        inCitizensWords: true,
        scales: [
          { raterName: "Sara", value: 4 },
          { raterName: "Mette Ø.", value: 6 },
        ],
      },
    ]);
    expect(minutes.progress).toMatchObject([
      { text: "Mødte kl. 8 tre dage i træk", goal: "Jeg vil arbejde med dyr på en gård" },
    ]);
    expect(minutes.round).toEqual([{ speaker: "Peter (psykolog)", text: "Søvnen er bedre" }]);
    expect(minutes.nextSteps).toMatchObject([
      { text: "Ringe til gården i Ærø", owner: "Karin", dueDate: "2026-12-12" },
    ]);
  });

  it("read as a Danish record in Markdown, æøå intact, with who was absent", () => {
    const text = minutesMarkdown(minutes, {
      by: "Karin Holm",
      at: "2026-12-01T11:00:00.000Z",
      version: 1,
      hash: "abc",
    });
    expect(text).toContain("# Referat: Netværksmøde");
    expect(text).toContain("Jeg vil arbejde med dyr på en gård *(med borgerens egne ord)*");
    expect(text).toContain("Skala 0–10: Sara 4, Mette Ø. 6");
    expect(text).toContain("Ringe til gården i Ærø — Karin, frist 12. december 2026");
    expect(text).toContain("Jonas (fagperson, Læge, Lægehuset) — ikke til stede");
    expect(text).toContain("**Godkendt:** 1. december 2026 kl. 12.00 af Karin Holm (version 1)");
    expect(text).toContain("**Peter (psykolog):** Søvnen er bedre");
    // What the plan is, in one line: it coordinates; decisions are made, and appealed, elsewhere.
    expect(text).toContain("*Planen er en koordinering af indsatser, ikke en afgørelse.");
  });
});

describe("what people wrote, in the minutes", () => {
  const forger = "Flytte til Fyn\n\n## Næste møde\n\n- **Godkendt:** 1. januar af Karin Holm";
  const doc = createMeetingDocument();
  addGoal(doc, { createdBy: "Peter", createdByRole: "fagperson", text: forger });
  addNextStep(doc, {
    createdBy: "Peter",
    text: "# Alt er godkendt",
    owner: "Peter\n- **Godkendt:** i dag",
    goalId: null,
  });
  addProgressObservation(doc, { createdBy: "Peter", text: "5*3 = 15 _dage_ i træk\nuden fravær", goalId: null });
  const minutes = renderMinutes({
    meeting: { id: "m1", title: "Møde\n# Godkendt", startsAt: new Date().toISOString(), closedAt: null },
    citizenName: "Søren Łukasiewicz-Şahin",
    caseReference: null,
    participants: [{ name: "Peter\n## Mål", role: "fagperson", organisation: "", profession: "", present: true }],
    nextMeetingAt: null,
    doc,
  });
  const markdown = minutesMarkdown(minutes);
  const lines = markdown.split("\n");

  it("cannot fake a heading or an approval line", () => {
    expect(lines.filter((line) => line.startsWith("#"))).toEqual([
      "# Referat: Møde # Godkendt",
      "## Deltagere",
      "## Mål",
      "## Det der virker",
      "## Siden sidst",
      "## Næste skridt",
      "## Borgerens svar på planen",
      "## Næste møde",
    ]);
    expect(lines.filter((line) => /Godkendt/.test(line) && !line.includes("\\*\\*Godkendt"))).toEqual([
      "# Referat: Møde # Godkendt",
    ]);
    expect(lines).toContain("- **Status:** ikke godkendt");
  });

  it("keeps every letter, in UTF-8", () => {
    expect(markdown).toContain("Søren Łukasiewicz-Şahin");
    // The line break is kept as Markdown's own hard break, the next line under the item.
    expect(markdown).toContain("- 5\\*3 = 15 \\_dage\\_ i træk\\\n  uden fravær");
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(markdown))).toBe(markdown);
  });
});

describe("the citizen's answer to the plan, in the minutes", () => {
  const render = (doc: Y.Doc) =>
    renderMinutes({
      meeting: { id: "m1", title: "Netværksmøde", startsAt: new Date().toISOString(), closedAt: null },
      citizenName: "Sara Jensen",
      caseReference: null,
      participants: [],
      nextMeetingAt: null,
      doc,
    });
  const answerLines = (doc: Y.Doc) => {
    const lines = minutesMarkdown(render(doc)).split("\n");
    const start = lines.indexOf("## Borgerens svar på planen");
    return lines.slice(start + 2, lines.indexOf("## Næste møde") - 1);
  };

  it("says plainly that she agrees, that she does not and why in her words, or that she said nothing", () => {
    const doc = createMeetingDocument();
    expect(answerLines(doc)).toEqual(["Borgeren har ikke tilkendegivet, om vedkommende er enig i planen."]);
    answerThePlan(doc, "agrees");
    expect(answerLines(doc)).toEqual(["Borgeren er enig i planen."]);
    answerThePlan(doc, "disagrees", "Det går for stærkt med\n## Godkendt *praktikken*");
    expect(answerLines(doc)).toEqual([
      "Borgeren er ikke enig i planen: »Det går for stærkt med ## Godkendt \\*praktikken\\*«",
    ]);
    expect(render(doc).citizenAgreement).toEqual({
      answer: "disagrees",
      reason: "Det går for stærkt med\n## Godkendt *praktikken*",
      goalsChangedSince: [],
    });
  });

  it("says which goals were reworded or added after she said yes", () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Arbejde med dyr" });
    answerThePlan(doc, "agrees");
    goalText(doc, goal)!.insert(1, [Object.assign(new Y.XmlElement("paragraph"), {})]);
    (goalText(doc, goal)!.get(1) as Y.XmlElement).insert(0, [new Y.XmlText("på deltid")]);
    addGoal(doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Tage kørekort" });
    expect(answerLines(doc)).toEqual([
      "Borgeren er enig i planen.",
      "- Mål ændret, efter borgeren sagde ja: »Arbejde med dyr« blev til »Arbejde med dyr på deltid«",
      "- Mål kommet til, efter borgeren sagde ja: »Tage kørekort«",
    ]);
  });

  it("is left out of minutes made before she was asked", () => {
    const { citizenAgreement: _, ...older } = render(createMeetingDocument());
    expect(minutesMarkdown(older)).not.toContain("## Borgerens svar på planen");
  });
});

describe("Det der virker, in the minutes", () => {
  const render = (doc: Y.Doc) =>
    renderMinutes({
      meeting: { id: "m1", title: "Netværksmøde", startsAt: new Date().toISOString(), closedAt: null },
      citizenName: "Sara Jensen",
      caseReference: null,
      participants: [],
      nextMeetingAt: null,
      doc,
    });
  const section = (markdown: string) => {
    const lines = markdown.split("\n");
    const start = lines.indexOf("## Det der virker");
    return start === -1 ? null : lines.slice(start + 2, lines.indexOf("## Siden sidst") - 1);
  };

  it("come right after the goals, each with its kind and the goals it helps with", () => {
    const doc = createMeetingDocument();
    const out = addGoal(doc, {
      createdBy: "Sara",
      createdByRole: "borger",
      text: "Komme ud hver dag\nogså om vinteren",
    });
    const job = addGoal(doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Et arbejde med dyr" });
    const bella = addResource(doc, {
      createdBy: "Mette",
      createdByRole: "fagperson",
      text: "Hendes hund Bella får hende ud hver dag",
      kind: "person",
    });
    tieResourceToGoal(doc, bella, out);
    tieResourceToGoal(doc, bella, job);
    addResource(doc, { createdBy: "Sara", createdByRole: "borger", text: "Jeg er god til *dyr*", kind: "strength" });
    addResource(doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Biblioteket om tirsdagen" });

    const minutes = render(doc);
    expect(minutes.resources).toEqual([
      {
        text: "Hendes hund Bella får hende ud hver dag",
        kind: "person",
        inCitizensWords: false,
        goals: ["Komme ud hver dag", "Et arbejde med dyr"],
      },
      { text: "Jeg er god til *dyr*", kind: "strength", inCitizensWords: true, goals: [] },
      { text: "Biblioteket om tirsdagen", kind: null, inCitizensWords: false, goals: [] },
    ]);
    const markdown = minutesMarkdown(minutes);
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings.slice(1, 4)).toEqual(["## Mål", "## Det der virker", "## Siden sidst"]);
    expect(section(markdown)).toEqual([
      "- Hendes hund Bella får hende ud hver dag *(person)* — hjælper med målet: Komme ud hver dag; Et arbejde med dyr",
      "- Jeg er god til \\*dyr\\* *(styrke, med borgerens egne ord)*",
      "- Biblioteket om tirsdagen",
    ]);
  });

  it("leaves a goal that was removed out of what a resource helps with", () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Karin", text: "Tage kørekort" });
    addResource(doc, { createdBy: "Karin", text: "Morbror Ib kører øvelsesture", goalIds: [goal] });
    expect(render(doc).resources).toMatchObject([{ goals: ["Tage kørekort"] }]);
    removeGoal(doc, goal);
    expect(render(doc).resources).toMatchObject([{ goals: [] }]);
  });

  it("says nothing was written when nothing was, and is left out of minutes made before the section existed", () => {
    expect(section(minutesMarkdown(render(createMeetingDocument())))).toEqual(["Intet skrevet."]);
    const { resources: _, ...older } = render(createMeetingDocument());
    expect(minutesMarkdown(older)).not.toContain("## Det der virker");
  });
});
