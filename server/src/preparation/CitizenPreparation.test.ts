import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  CITIZEN_POINTS_TITLE,
  createChairDocument,
  goalScales,
  listPhases,
  listProgressObservations,
  markGoalReached,
  plainText,
  progressObservationText,
} from "@samplan/shared/model";
import { chairDocumentName, type GoalId } from "@samplan/shared/vocabulary";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

let job: GoalId;
let reached: GoalId;
let sara: InvitedGuest;
let jonas: InvitedGuest;

beforeEach(async () => {
  const karin = await joinMeeting(server.wsUrl, meeting.documentName, await coordinator.connectionToken(meeting.id));
  job = addGoal(karin.doc, { createdBy: "Sara Jensen", createdByRole: "borger", text: "Et arbejde med dyr" });
  reached = addGoal(karin.doc, { createdBy: "Sara Jensen", createdByRole: "borger", text: "Sove om natten" });
  markGoalReached(karin.doc, reached);
  await acknowledged(karin);
  // Leaving stores the document at once, so her page reads the goals from storage.
  karin.provider.destroy();
  sara = await server.invite(meeting, { name: "Sara Jensen", role: "borger" });
  jonas = await server.invite(meeting, { name: "Jonas Berg", role: "fagperson", organisation: "Jobcenter" });
});

const paths = () => ({
  read: pathOf(apiRoutes.preparation, { meetingId: meeting.id }),
  save: pathOf(apiRoutes.savePreparation, { meetingId: meeting.id }),
  share: pathOf(apiRoutes.sharePreparation, { meetingId: meeting.id }),
});

const draft = () => ({
  wentWell: "Jeg har gået tur med hunden hver morgen",
  talkAbout: "Min praktik og om jeg kan starte senere",
  scales: [{ goalId: job, value: 7 }],
});

/** Her draft, saved; the stored goals may lag a moment behind the coordinator's leaving. */
async function saveDraft(body: unknown = draft()) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await sara.agent.request("POST", paths().save, body);
    if (answer.status !== 400 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openPlan(): Promise<Participant> {
  return joinMeeting(server.wsUrl, meeting.documentName, await coordinator.connectionToken(meeting.id));
}

async function openChair(): Promise<Participant> {
  return joinMeeting(
    server.wsUrl,
    chairDocumentName(meeting.id),
    () => coordinator.connectionToken(meeting.id),
    createChairDocument(),
  );
}

const theirs = (plan: Participant) =>
  listProgressObservations(plan.doc).filter((observation) => observation.createdByRole === "borger");

describe("the citizen prepares before a meeting", () => {
  it("keeps her draft hers alone: the coordinator and a professional are refused, and nothing reaches the plan", async () => {
    const empty = await sara.agent.request("GET", paths().read);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ wentWell: "", talkAbout: "", scales: [], sharedAt: null });
    // Only the goals still being worked towards.
    expect(empty.body.goals).toEqual([{ id: job, text: "Et arbejde med dyr" }]);

    const saved = await saveDraft();
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...draft(), sharedAt: null });

    for (const other of [coordinator, jonas.agent]) {
      expect((await other.request("GET", paths().read)).status).toBe(403);
      expect((await other.request("POST", paths().save, draft())).status).toBe(403);
      expect((await other.request("POST", paths().share)).status).toBe(403);
    }
    expect((await server.request("GET", paths().read)).status).toBe(401);
    // The citizen of another case does not even learn that this meeting exists.
    const elsewhere = await server.createMeeting();
    const otherCitizen = await server.invite(elsewhere.meeting, { name: "Anna Holm", role: "borger" });
    expect((await otherCitizen.agent.request("GET", paths().read)).status).toBe(404);
    expect((await otherCitizen.agent.request("POST", paths().save, draft())).status).toBe(404);

    // The case's export, which the coordinator downloads, says a draft exists, never its words.
    const exported = await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }));
    expect(exported.body.preparations).toEqual([
      expect.objectContaining({ member_id: sara.member.id, shared_at: null }),
    ]);
    expect(JSON.stringify(exported.body)).not.toContain("hunden");

    const plan = await openPlan();
    const chair = await openChair();
    expect(theirs(plan)).toEqual([]);
    expect(goalScales(plan.doc, job)).toEqual([]);
    expect(listPhases(chair.doc).map((phase) => phase.title)).not.toContain(CITIZEN_POINTS_TITLE);
    expect(JSON.stringify(plan.doc.toJSON())).not.toContain("hunden");
    plan.provider.destroy();
    chair.provider.destroy();
  });

  it("'Vis det til mødet' puts her points first on the agenda, what went well in Siden sidst as hers, and her scale", async () => {
    expect((await saveDraft()).status).toBe(200);
    // The coordinator has the meeting open: what Sara shares reaches her at once.
    const plan = await openPlan();
    const chair = await openChair();
    const shared = await sara.agent.request("POST", paths().share);
    expect(shared.status).toBe(200);
    expect(shared.body.sharedAt).toEqual(expect.any(String));

    await waitFor(() => theirs(plan).length === 1 && listPhases(chair.doc)[0]?.title === CITIZEN_POINTS_TITLE);
    expect(listPhases(chair.doc)[0]).toMatchObject({ purpose: "Min praktik og om jeg kan starte senere" });
    const [first] = listProgressObservations(plan.doc);
    expect(first).toMatchObject({ createdBy: "Sara Jensen", createdByRole: "borger", observedBy: "Sara Jensen" });
    expect(plainText(progressObservationText(plan.doc, first!.id)!).trim()).toBe(
      "Jeg har gået tur med hunden hver morgen",
    );
    await waitFor(() => goalScales(plan.doc, job).length === 1);
    expect(goalScales(plan.doc, job)).toMatchObject([
      { raterKey: sara.member.id, raterName: "Sara Jensen", raterRole: "borger", value: 7 },
    ]);
    plan.provider.destroy();
    chair.provider.destroy();

    // Shared once: neither a second tap nor a change afterwards touches the plan again.
    expect((await sara.agent.request("POST", paths().share)).status).toBe(409);
    expect((await sara.agent.request("POST", paths().save, draft())).status).toBe(409);

    // The trail says that she shared, never what.
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }));
    const line = trail.body.events.find((event: { action: string }) => event.action === "preparation-shared");
    expect(line).toMatchObject({
      actor: "Sara Jensen",
      actorRole: "borger",
      details: { memberId: sara.member.id, wentWell: true, points: true, scales: 1 },
    });
    expect(JSON.stringify(trail.body)).not.toContain("hunden");

    // Once shared, her preparation is in the case's export as she shared it.
    const exported = await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }));
    expect(exported.body.preparations).toEqual([
      expect.objectContaining({ went_well: draft().wentWell, scales: [{ goalId: job, value: 7 }] }),
    ]);

    // Who wrote it, as the record keeps it: her, by the server's word.
    const closed = await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }), {});
    expect(closed.status).toBe(200);
    const version = await coordinator.request(
      "GET",
      pathOf(apiRoutes.version, { meetingId: meeting.id, number: closed.body.number }),
    );
    expect(version.body.attribution.progress[0]).toMatchObject({
      writtenBy: expect.objectContaining({ name: "Sara Jensen", role: "borger" }),
      runs: [expect.objectContaining({ author: expect.objectContaining({ name: "Sara Jensen" }) })],
    });
  });

  it("reaches the stored plan when nobody has the meeting open", async () => {
    expect((await saveDraft()).status).toBe(200);
    expect((await sara.agent.request("POST", paths().share)).status).toBe(200);
    const plan = await openPlan();
    const chair = await openChair();
    expect(theirs(plan)).toHaveLength(1);
    expect(goalScales(plan.doc, job)).toMatchObject([{ raterKey: sara.member.id, value: 7 }]);
    expect(listPhases(chair.doc)[0]?.title).toBe(CITIZEN_POINTS_TITLE);
    plan.provider.destroy();
    chair.provider.destroy();

    // Her preparation goes with the case.
    const deleted = await coordinator.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }));
    expect(deleted.status).toBe(204);
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const left = db.prepare("select count(*) as n from citizen_preparations").get();
    db.close();
    expect(left).toEqual({ n: 0 });
  });

  it("refuses bad input with 400 and changes nothing", async () => {
    expect((await saveDraft()).status).toBe(200);
    const bad: Record<string, unknown>[] = [
      { ...draft(), wentWell: "x".repeat(1001) },
      { ...draft(), talkAbout: "x".repeat(501) },
      { ...draft(), scales: [{ goalId: job, value: 11 }] },
      { ...draft(), scales: [{ goalId: job, value: -1 }] },
      { ...draft(), scales: [{ goalId: job, value: 2.5 }] },
      { ...draft(), scales: [{ goalId: "9b2f7c1e-0000-4000-8000-000000000000", value: 5 }] },
      { ...draft(), scales: [{ goalId: reached, value: 5 }] },
      { ...draft(), scales: [{ goalId: "not-a-goal", value: 5 }] },
      { ...draft(), writtenBy: "Karin Holm" },
      { wentWell: "Kun det", scales: [] },
      { wentWell: 42, talkAbout: "", scales: [] },
    ];
    for (const body of bad) {
      const answer = await sara.agent.request("POST", paths().save, body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const kept = await sara.agent.request("GET", paths().read);
    expect(kept.body).toMatchObject({ ...draft(), sharedAt: null });
  });
});
