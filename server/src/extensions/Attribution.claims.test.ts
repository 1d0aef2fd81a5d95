import type { CaseProgress } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  addProgressObservation,
  clearGoalScale,
  createMeetingDocument,
  goalScales,
  goalText,
  listGoals,
  listNextSteps,
  listProgressObservations,
  previousGoalScales,
  setGoalScale,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

/**
 * The fields in which an item or a scale says who wrote it (createdBy, createdByRole, a scale's
 * rater) are the writer's as the server knows them, whatever a client puts there. Each forger
 * below is a real participant whose client writes straight into its replica, as a modified
 * client would.
 */

let citizen: InvitedGuest;
let professional: InvitedGuest;
let karin: Participant;
let ali: Participant;
let peter: Participant;

beforeEach(async () => {
  citizen = await server.invite(meeting as never, { name: "Ali Hassan", role: "borger" });
  professional = await server.invite(meeting as never, { name: "Peter Lund", role: "fagperson" });
  karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  ali = await joinMeeting(server.wsUrl, meeting.documentName, () => citizen.agent.connectionToken(meeting.id));
  peter = await joinMeeting(server.wsUrl, meeting.documentName, () => professional.agent.connectionToken(meeting.id));
});
afterEach(async () => {
  for (const participant of [karin, ali, peter]) participant.provider.destroy();
});

/** The meeting's document as it is stored: what a reload, the minutes and the progress view read. */
async function stored(): Promise<Y.Doc> {
  return (await server.documents.loadDoc(meeting.documentName, createMeetingDocument())).doc;
}

async function storedGoals() {
  return listGoals(await stored()).map((goal) => ({ createdBy: goal.createdBy, createdByRole: goal.createdByRole }));
}

async function progress(): Promise<CaseProgress> {
  const answer = await coordinator.request("GET", pathOf(apiRoutes.progress, { caseId: meeting.caseId }));
  expect(answer.status).toBe(200);
  return answer.body;
}

async function refusalsOnTrail(): Promise<{ actor: string; details: Record<string, unknown> }[]> {
  const trail = (await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body
    .events;
  return trail.filter((event: { action: string }) => event.action === "edit-refused");
}

function goalMap(doc: Y.Doc, id: GoalId): Y.Map<unknown> {
  return doc.getMap<Y.Map<unknown>>("goals").get(id) as Y.Map<unknown>;
}

/** Everyone has received everything the server holds (its corrections included). */
async function settled(...participants: Participant[]): Promise<void> {
  for (const participant of participants) await acknowledged(participant);
  const target = await stored();
  for (const participant of participants) {
    await waitFor(
      () => JSON.stringify(goalsOf(participant.doc)) === JSON.stringify(goalsOf(target)),
      5_000,
      "the server's corrections to reach every participant",
    );
  }
}

const goalsOf = (doc: Y.Doc) =>
  listGoals(doc).map((goal) => ({
    createdBy: goal.createdBy,
    createdByRole: goal.createdByRole,
    scales: goalScales(doc, goal.id),
    previous: previousGoalScales(doc, goal.id),
  }));

describe("who an item says wrote it", () => {
  it("stores a professional's new goal as the professional's, even when the client says the citizen wrote it", async () => {
    addGoal(peter.doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Borgeren vil flytte til Fyn" });
    await acknowledged(peter);

    await expect.poll(storedGoals).toEqual([{ createdBy: "Peter Lund", createdByRole: "fagperson" }]);
    // Nobody is shown the claim: every replica gets the server's correction.
    await waitFor(() => listGoals(karin.doc)[0]?.createdByRole === "fagperson", 5_000, "the correction");
    expect(listGoals(ali.doc).map((goal) => goal.createdByRole)).toEqual(["fagperson"]);
    await expect
      .poll(refusalsOnTrail)
      .toMatchObject([{ actor: "Peter Lund", details: { reason: "forged-authorship" } }]);
  });

  it("keeps the coordinator's goal the coordinator's when a professional relabels it as the citizen's own words", async () => {
    const goal = addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Egen bolig" });
    await acknowledged(karin);
    await waitFor(() => listGoals(peter.doc).length === 1, 5_000, "the goal to reach the professional");

    goalMap(peter.doc, goal).set("createdByRole", "borger");
    goalMap(peter.doc, goal).set("createdBy", "Ali Hassan");
    await settled(peter, karin);

    expect(await storedGoals()).toEqual([{ createdBy: "Karin Holm", createdByRole: "koordinator" }]);
    expect(listGoals(karin.doc)[0]).toMatchObject({ createdBy: "Karin Holm", createdByRole: "koordinator" });
    await expect.poll(refusalsOnTrail).toContainEqual(
      expect.objectContaining({
        actor: "Peter Lund",
        details: expect.objectContaining({ reason: "forged-authorship" }),
      }),
    );
  });

  it("does not let a removed claim make the coordinator's goal read as nobody's", async () => {
    const goal = addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Egen bolig" });
    await acknowledged(karin);
    await waitFor(() => listGoals(peter.doc).length === 1, 5_000, "the goal to reach the professional");

    goalMap(peter.doc, goal).delete("createdByRole");
    await settled(peter, karin);

    expect(await storedGoals()).toEqual([{ createdBy: "Karin Holm", createdByRole: "koordinator" }]);
  });
});

describe("whose scale a scale is", () => {
  let goal: GoalId;
  beforeEach(async () => {
    goal = addGoal(ali.doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Arbejde med dyr" });
    setGoalScale(ali.doc, goal, { key: citizen.member.id, name: "Ali Hassan", role: "borger" }, 3);
    await acknowledged(ali);
    await waitFor(() => goalScales(peter.doc, goal).length === 1, 5_000, "the citizen's scale to reach Peter");
  });

  it("keeps the citizen's own scale when a professional writes over it", async () => {
    setGoalScale(peter.doc, goal, { key: citizen.member.id, name: "Ali Hassan", role: "borger" }, 9);
    await settled(peter, ali);

    const [series] = (await progress()).goals;
    expect(series?.points.map((point) => [point.citizen, point.others])).toEqual([[3, []]]);
    expect(goalScales(ali.doc, goal).map((scale) => [scale.raterName, scale.value])).toEqual([["Ali Hassan", 3]]);
    await expect.poll(refusalsOnTrail).toHaveLength(1);
  });

  it("keeps the citizen's own scale when a professional clears it", async () => {
    clearGoalScale(peter.doc, goal, citizen.member.id);
    await settled(peter, ali);

    expect((await progress()).goals[0]?.points.map((point) => point.citizen)).toEqual([3]);
  });

  it("shows a professional's own scale as the professional's, whatever rater it names", async () => {
    setGoalScale(peter.doc, goal, { key: professional.member.id, name: "Ali Hassan", role: "borger" }, 8);
    await settled(peter, ali);

    const [series] = (await progress()).goals;
    expect(series?.points).toMatchObject([
      {
        citizen: 3,
        others: [{ raterKey: professional.member.id, raterName: "Peter Lund", raterRole: "fagperson", value: 8 }],
      },
    ]);
    await expect.poll(refusalsOnTrail).toHaveLength(1);
  });

  it("keeps 'last time' the server's: no client writes a previous scale", async () => {
    goalMap(peter.doc, goal).set(`previousScale:${citizen.member.id}`, {
      raterKey: citizen.member.id,
      raterName: "Ali Hassan",
      raterRole: "borger",
      value: 1,
      at: "2026-11-01T10:00:00.000Z",
    });
    await settled(peter, ali);

    expect(previousGoalScales(await stored(), goal)).toEqual([]);
    expect(previousGoalScales(ali.doc, goal)).toEqual([]);
  });
});

describe("honest edits", () => {
  it("work for every role, and the coordinator's edit of the citizen's words leaves them the citizen's", async () => {
    const accountId: string = (await coordinator.request("GET", pathOf(apiRoutes.session))).body.principal.accountId;

    const goal = addGoal(ali.doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Arbejde med dyr" });
    setGoalScale(ali.doc, goal, { key: citizen.member.id, name: "Ali Hassan", role: "borger" }, 4);
    await acknowledged(ali);
    await waitFor(() => listGoals(karin.doc).length === 1 && listGoals(peter.doc).length === 1, 5_000, "the goal");

    // The coordinator rewords the citizen's goal and rates it; staff rate under their account.
    const line = (goalText(karin.doc, goal)!.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    line.insert(line.length, " på Ærø");
    setGoalScale(karin.doc, goal, { key: accountId, name: "Karin Holm", role: "koordinator" }, 6);
    addNextStep(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Ringe til gården" });
    setGoalScale(peter.doc, goal, { key: professional.member.id, name: "Peter Lund", role: "fagperson" }, 5);
    // "Set af" names whoever saw the progress: someone else than the writer, and left as written.
    addProgressObservation(peter.doc, {
      createdBy: "Peter Lund",
      createdByRole: "fagperson",
      observedBy: "Ali Hassan",
      goalId: goal,
      text: "Har passet hunde en uge",
    });
    await settled(karin, peter, ali);

    const doc = await stored();
    expect(listGoals(doc)).toMatchObject([{ createdBy: "Ali Hassan", createdByRole: "borger" }]);
    expect(goalText(doc, goal)?.toString()).toContain("Arbejde med dyr på Ærø");
    expect(listNextSteps(doc)).toMatchObject([{ createdBy: "Karin Holm", createdByRole: "koordinator" }]);
    expect(listProgressObservations(doc)).toMatchObject([
      { createdBy: "Peter Lund", createdByRole: "fagperson", observedBy: "Ali Hassan" },
    ]);
    const [series] = (await progress()).goals;
    expect(series?.points[0]?.citizen).toBe(4);
    expect(series?.points[0]?.others.map((other) => [other.raterName, other.raterRole, other.value])).toEqual([
      ["Karin Holm", "koordinator", 6],
      ["Peter Lund", "fagperson", 5],
    ]);
    expect(await refusalsOnTrail()).toEqual([]);
    for (const participant of [karin, ali, peter]) expect(participant.provider.isSynced).toBe(true);
  });

  it("names the writer as the roster does when the client knows them by another name, without calling it forgery", async () => {
    // A staff account's display name and role need not be those of its place on this case's roster.
    const goal = addGoal(karin.doc, { createdBy: "K. Holm", createdByRole: "fagperson", text: "Sove bedre" });
    await acknowledged(karin);
    await expect.poll(storedGoals).toEqual([{ createdBy: "Karin Holm", createdByRole: "koordinator" }]);
    expect(goal).toBeTruthy();
    expect(await refusalsOnTrail()).toEqual([]);
  });
});
