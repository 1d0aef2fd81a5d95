import type { Meeting } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  addResource,
  goalScales,
  listGoals,
  listProgressObservations,
  listResources,
  readMeetingContent,
  setGoalScale,
  updateProgressObservation,
} from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
  waitFor,
} from "../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;
let caseId: string;
const open: Participant[] = [];

beforeEach(async () => {
  server = await startTestServer();
  const first = await server.createMeeting();
  coordinator = first.coordinator;
  caseId = first.case.id;
});
afterEach(async () => {
  for (const participant of open.splice(0)) participant.provider.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

async function planMeeting(
  title: string,
  startsAt: string,
  key?: string,
): Promise<{ status: number; meeting: Meeting }> {
  const headers = key ? { "idempotency-key": key } : undefined;
  const answer = await coordinator.request(
    "POST",
    pathOf(apiRoutes.createMeeting, { caseId }),
    { title, startsAt },
    headers,
  );
  return { status: answer.status, meeting: answer.body };
}

async function openPlan(meeting: Meeting, agent = coordinator): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, () => agent.connectionToken(meeting.id));
  open.push(participant);
  return participant;
}

/** A guest already on the roster, let into one more meeting by a new personal link. */
async function inviteAgain(meeting: Meeting, memberId: string): Promise<Agent> {
  const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
    memberId,
    kind: "link",
    confirmWithoutConsent: true,
  });
  const guest = server.agent();
  await guest.request("POST", pathOf(apiRoutes.join), { secret: invited.body.joinPath.slice("/join#".length) });
  return guest;
}

describe("planning the next meeting", () => {
  it("carries over active goals, what works (Det der virker) and open steps, leaves the earlier meeting as it was, and follows the scales", async () => {
    const [first] = (await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }))).body.meetings as Meeting[];
    // Each scale is set by its own rater: the server keeps a scale its writer's.
    const saraGuest = await server.invite(first!, { name: "Sara", role: "borger" });
    const metteGuest = await server.invite(first!, { name: "Mette", role: "fagperson" });
    const sara = { key: saraGuest.member.id, name: "Sara", role: "borger" as const };
    const mette = { key: metteGuest.member.id, name: "Mette", role: "fagperson" as const };
    const one = await openPlan(first!);
    const saraInOne = await openPlan(first!, saraGuest.agent);
    const metteInOne = await openPlan(first!, metteGuest.agent);
    const goal = addGoal(saraInOne.doc, { createdBy: "Sara", createdByRole: "borger", text: "Et arbejde med dyr" });
    setGoalScale(saraInOne.doc, goal, sara, 3);
    await acknowledged(saraInOne);
    await waitFor(() => listGoals(metteInOne.doc).length === 1, 5_000, "the goal to reach Mette");
    setGoalScale(metteInOne.doc, goal, mette, 4);
    const bella = addResource(metteInOne.doc, {
      createdBy: "Mette",
      createdByRole: "fagperson",
      text: "Hunden Bella får Sara ud hver dag",
      kind: "habit",
      goalIds: [goal],
    });
    addNextStep(one.doc, {
      createdBy: "Karin",
      text: "Ringe til internatet",
      owner: "Mette",
      dueDate: "2026-12-10",
      goalId: goal,
    });
    await acknowledged(one);
    await acknowledged(metteInOne);
    await waitFor(() => goalScales(one.doc, goal).length === 2, 5_000, "both scales to reach the coordinator");
    const firstContent = readMeetingContent(one.doc);

    const second = await planMeeting("Opfølgning", "2027-01-12T10:00:00+01:00");
    expect(second.status).toBe(201);
    const two = await openPlan(second.meeting);
    expect(listGoals(two.doc)).toMatchObject([{ id: goal, carriedFrom: first!.id }]);
    expect(listResources(two.doc)).toMatchObject([
      { id: bella, kind: "habit", goalIds: [goal], createdBy: "Mette", carriedFrom: first!.id },
    ]);
    const [review] = listProgressObservations(two.doc);
    expect(review?.review).toMatchObject({ text: "Ringe til internatet", owner: "Mette", dueDate: "2026-12-10" });
    updateProgressObservation(two.doc, review!.id, { outcome: "done" });
    await acknowledged(two);
    const saraInTwo = await openPlan(second.meeting, await inviteAgain(second.meeting, sara.key));
    const metteInTwo = await openPlan(second.meeting, await inviteAgain(second.meeting, mette.key));
    setGoalScale(saraInTwo.doc, goal, sara, 6);
    setGoalScale(metteInTwo.doc, goal, mette, 5);
    await acknowledged(saraInTwo);
    await acknowledged(metteInTwo);

    const third = await planMeeting("Tredje møde", "2027-02-20T10:00:00+01:00");
    const saraInThree = await openPlan(third.meeting, await inviteAgain(third.meeting, sara.key));
    setGoalScale(saraInThree.doc, goal, sara, 8);
    await acknowledged(saraInThree);

    // The first meeting reads as it did.
    const again = await openPlan(first!);
    expect(readMeetingContent(again.doc)).toEqual(firstContent);

    const progress = (await coordinator.request("GET", pathOf(apiRoutes.progress, { caseId }))).body;
    expect(progress.meetings.map((m: Meeting) => m.id)).toEqual([first!.id, second.meeting.id, third.meeting.id]);
    expect(progress.goals).toHaveLength(1);
    expect(
      progress.goals[0].points.map((p: { citizen: number; others: { value: number }[] }) => [
        p.citizen,
        p.others.map((o) => o.value),
      ]),
    ).toEqual([
      [3, [4]],
      [6, [5]],
      [8, []],
    ]);

    const steps = (await coordinator.request("GET", pathOf(apiRoutes.steps, { caseId }))).body.steps;
    expect(steps).toMatchObject([{ text: "Ringe til internatet", status: "done", overdue: false }]);
  });

  it("does not duplicate anything when the same request is retried", async () => {
    const [first] = (await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }))).body.meetings as Meeting[];
    const one = await openPlan(first!);
    addGoal(one.doc, { createdBy: "Sara", text: "Et mål" });
    await acknowledged(one);

    const attempt = await planMeeting("Opfølgning", "2027-01-12T10:00:00+01:00", "3c7f1b8e-retry-key");
    const retry = await planMeeting("Opfølgning", "2027-01-12T10:00:00+01:00", "3c7f1b8e-retry-key");
    expect(retry.meeting.id).toBe(attempt.meeting.id);
    const meetings = (await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }))).body.meetings;
    expect(meetings).toHaveLength(2);
    const two = await openPlan(attempt.meeting);
    expect(listGoals(two.doc)).toHaveLength(1);
    const created = (await server.audit.all()).filter((e) => e.action === "meeting-created");
    expect(created).toHaveLength(2);
  });

  it("shows the case's history to the citizen but not to a professional let into one meeting", async () => {
    const [first] = (await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }))).body.meetings as Meeting[];
    const citizen = await server.invite(first!, { name: "Sara", role: "borger" });
    const professional = await server.invite(first!, { name: "Peter", role: "fagperson" });
    expect((await citizen.agent.request("GET", pathOf(apiRoutes.progress, { caseId }))).status).toBe(200);
    expect((await professional.agent.request("GET", pathOf(apiRoutes.progress, { caseId }))).status).toBe(404);
    expect((await professional.agent.request("GET", pathOf(apiRoutes.steps, { caseId }))).status).toBe(404);
  });

  it("marks a step overdue when it is still open past its due date", async () => {
    const [first] = (await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }))).body.meetings as Meeting[];
    const one = await openPlan(first!);
    addNextStep(one.doc, { createdBy: "Karin", text: "Søge bolig", owner: "borger", dueDate: "2020-01-01" });
    addNextStep(one.doc, { createdBy: "Karin", text: "Læse op", owner: "borger", dueDate: "2999-01-01" });
    await acknowledged(one);
    const steps = (await coordinator.request("GET", pathOf(apiRoutes.steps, { caseId }))).body.steps;
    expect(steps.map((s: { text: string; overdue: boolean }) => [s.text, s.overdue])).toEqual([
      ["Søge bolig", true],
      ["Læse op", false],
    ]);
  });
});
