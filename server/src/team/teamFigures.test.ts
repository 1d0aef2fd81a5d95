import path from "node:path";
import { apiRoutes, type Meeting, pathOf, TeamFigures } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  createMeetingDocument,
  listProgressObservations,
  updateProgressObservation,
} from "@samplan/shared/model";
import type { CaseId } from "@samplan/shared/vocabulary";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { type Repositories, repositoriesOn } from "../storage/repositories.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { type Agent, acknowledged, joinMeeting } from "../testing/testServer.ts";
import { teamFigures } from "./teamFigures.ts";

useMeetingServer();

// A second handle on the server's SQLite file, to read the tables as the figures do.
let database: DatabaseHandle;
let repos: Repositories;

beforeEach(async () => {
  database = await openDatabase({ sqliteFile: path.join(server.dataDir, "samplan.sqlite") });
  repos = repositoriesOn(database.db);
});

afterEach(async () => {
  await database.db.destroy();
});

const figures = (caseIds: CaseId[]) => teamFigures({ repos, documents: server.documents }, caseIds);

async function newCase(citizenName: string): Promise<CaseId> {
  const answer = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName });
  expect(answer.status).toBe(201);
  return answer.body.id;
}

/** A meeting that began `days` from today (in the past when negative), at ten in the morning. */
async function plan(caseId: CaseId, days: number): Promise<Meeting> {
  const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
    title: "Netværksmøde",
    startsAt: `${daysFromNow(days)}T10:00:00+01:00`,
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

async function close(held: Meeting): Promise<void> {
  expect((await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: held.id }), {})).status).toBe(
    200,
  );
}

/** Writes into a meeting's plan over the real websocket, as `who` (the coordinator unless said). */
async function write<T>(into: Meeting, change: (doc: Y.Doc) => T, who: Agent = coordinator): Promise<T> {
  const person = await joinMeeting(
    server.wsUrl,
    into.documentName,
    await who.connectionToken(into.id),
    createMeetingDocument(),
  );
  const result = change(person.doc);
  await acknowledged(person);
  person.provider.destroy();
  return result;
}

/** Judges last time's step in this meeting's review. */
function judge(doc: Y.Doc, stepId: string, outcome: "done" | "dropped", happenedOn: string | null = null): void {
  const review = listProgressObservations(doc).find((observation) => observation.review?.stepId === stepId);
  if (!review) throw new Error(`no review of ${stepId}`);
  updateProgressObservation(doc, review.id, { outcome, happenedOn });
}

const step =
  (text: string, dueDate: string | null, status: "open" | "done" = "open", owner = "Karin Holm") =>
  (doc: Y.Doc) =>
    addNextStep(doc, { createdBy: "Karin Holm", createdByRole: "koordinator", owner, text, dueDate, status });

const NAMES = ["Anna Berg", "Bo Dahl", "Carla Eng", "Dan Frost", "Eva Gram"];

describe("the team lead's figures", () => {
  it("counts meetings held per month, the days between them, steps done by the deadline and goals in the citizen's own words", async () => {
    const cases: CaseId[] = [];
    for (const name of NAMES) cases.push(await newCase(name));
    const [a, b, c, d, e] = cases as [CaseId, CaseId, CaseId, CaseId, CaseId];
    const jonas = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: c }), {
      name: "Jonas Berg",
      role: "fagperson",
      organisation: "Jobcenter",
    });
    expect(jonas.status).toBe(201);
    const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: c }), {
      purpose: "Samarbejde om job",
      organisations: ["Jobcenter"],
      givenAt: daysFromNow(-50),
    });
    expect(consent.status).toBe(201);

    // Four cases met about three months ago: four meetings that month, too few to show.
    for (const caseId of [a, b, c, d]) await close(await plan(caseId, -100));

    // Every case met 45 days ago: a goal by the coordinator in each, one by the citizen in three,
    // and a step due 40 days ago in each.
    const first = new Map<CaseId, Meeting>();
    const steps = new Map<CaseId, string>();
    for (const [index, caseId] of cases.entries()) {
      const held = await plan(caseId, -45);
      first.set(caseId, held);
      await write(held, (doc) => addGoal(doc, { createdBy: "Karin Holm", text: "Et job med mennesker" }));
      if (index < 3) {
        const citizen = await server.invite(held, { name: NAMES[index]!, role: "borger" });
        await write(held, (doc) => addGoal(doc, { createdBy: NAMES[index]!, text: "Mit eget mål" }), citizen.agent);
      }
      // Ticked off at the table: done by the day the meeting closed (today), after the deadline.
      const ticked = caseId === d ? "done" : "open";
      const owner = caseId === c ? "Jonas Berg" : "Karin Holm";
      steps.set(caseId, await write(held, step("Ringe til lægen", daysFromNow(-40), ticked, owner)));
    }
    // Not counted: a step with no deadline, one whose deadline has not come, one dropped later.
    await write(first.get(a)!, step("Uden frist", null));
    await write(first.get(b)!, step("Om ti dage", daysFromNow(10)));
    const dropped = await write(first.get(e)!, step("Droppet", daysFromNow(-41)));
    for (const held of first.values()) await close(held);

    // Every case met again five days ago, where last time's steps were reviewed.
    for (const caseId of cases) {
      const held = await plan(caseId, -5);
      const stepId = steps.get(caseId)!;
      if (caseId === a) await write(held, (doc) => judge(doc, stepId, "done", daysFromNow(-42)));
      // Judged done with no day given: done by this meeting, well after the deadline.
      if (caseId === b) await write(held, (doc) => judge(doc, stepId, "done"));
      if (caseId === e) await write(held, (doc) => judge(doc, dropped, "dropped"));
      await close(held);
    }
    // C's step is Jonas's: he answers from his link that he did it the day before its deadline.
    const link = await coordinator.request("POST", pathOf(apiRoutes.createStepLink, { meetingId: first.get(c)!.id }), {
      stepId: steps.get(c),
    });
    expect(link.status).toBe(201);
    const answered = await server.agent().request("POST", pathOf(apiRoutes.answerStep), {
      secret: link.body.path.slice("/skridt#".length),
      answer: "done",
      happenedOn: daysFromNow(-41),
    });
    expect(answered.status).toBe(201);

    const answer = await figures([...cases, meeting.caseId]);

    // The fixture's case runs too; its meeting under way now has not been held.
    expect(answer.cases).toBe(6);
    const month = (days: number) => daysFromNow(days).slice(0, 7);
    const held = Object.fromEntries(answer.months.map((m) => [m.month, m.meetingsHeld]));
    expect(answer.months).toHaveLength(6);
    expect(answer.months.at(-1)?.month).toBe(month(0));
    expect(held[month(-5)]).toBe(5);
    expect(held[month(-45)]).toBe(5);
    expect(held[month(-100)]).toBeNull();
    // From -100 to -45 days in four cases, from -45 to -5 in all five.
    expect(answer.daysBetweenMeetings).toEqual({ median: 40, of: 9 });
    // A's (reviewed done on a day before the deadline) and C's (Jonas's answer) of the five.
    expect(answer.stepsDoneByDeadline).toEqual({ share: 2 / 5, of: 5 });
    // Each goal once, though carried into the next meeting: three of the eight are the citizens'.
    expect(answer.goalsInOwnWords).toEqual({ share: 3 / 8, of: 8 });
    expect(answer.ratings).toBeNull();
    expect(TeamFigures.parse(answer)).toEqual(answer);

    const json = JSON.stringify(answer);
    for (const name of [...NAMES, "Test Borger", "Jonas Berg", "Karin Holm"]) expect(json).not.toContain(name);
    for (const id of [...cases, ...[...first.values()].map((m) => m.id)]) expect(json).not.toContain(id);
  });

  it("shows no figure made from fewer than five cases: four is suppressed, five is shown", async () => {
    const cases = [meeting.caseId];
    for (const name of NAMES.slice(0, 3)) cases.push(await newCase(name));
    const four = await figures(cases);
    expect(four.cases).toBeNull();
    expect(four.months.every((m) => m.meetingsHeld === null)).toBe(true);
    expect(four.stepsDoneByDeadline).toEqual({ share: null, of: null });
    expect(four.daysBetweenMeetings).toEqual({ median: null, of: null });
    expect(four.goalsInOwnWords).toEqual({ share: null, of: null });

    cases.push(await newCase(NAMES[3]!));
    expect((await figures(cases)).cases).toBe(5);
  });

  it("does not show five meetings held in one case: they would be about one citizen", async () => {
    const caseId = await newCase("Anna Berg");
    for (const days of [-30, -25, -20, -15, -10]) await close(await plan(caseId, days));
    const answer = await figures([caseId]);
    expect(answer.months.every((m) => m.meetingsHeld === null)).toBe(true);
    expect(answer.daysBetweenMeetings.median).toBeNull();
  });
});
