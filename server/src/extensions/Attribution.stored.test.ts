import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  answerThePlan,
  createMeetingDocument,
  goalScales,
  listGoals,
  readCitizenAgreement,
  readMeetingContent,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DocumentStore } from "../storage/DocumentStore.ts";
import { openDatabase } from "../storage/openDatabase.ts";
import {
  acknowledged,
  joinMeeting,
  makeDataDir,
  removeDataDir,
  startTestServer,
  type TestServer,
  waitFor,
} from "../testing/testServer.ts";

/**
 * The server stores a client's update before applying it, and the correction of a forged claim
 * right after. Stopped between the two, it would keep the forgery; what it loads is looked over
 * against who wrote each field. The stop is made exactly: the forged update is appended to the
 * stored document of a stopped server, as the first half of that pair would have been.
 */

const dataDir = makeDataDir();
let server: TestServer;
afterEach(async () => {
  await server.close();
  removeDataDir(dataDir);
});

function goalMap(doc: Y.Doc, id: GoalId): Y.Map<unknown> {
  return doc.getMap<Y.Map<unknown>>("goals").get(id) as Y.Map<unknown>;
}

async function appendWhileStopped(documentName: string, update: Uint8Array): Promise<void> {
  const { db } = await openDatabase({ sqliteFile: path.join(dataDir, "samplan.sqlite") });
  await new DocumentStore(db, "sqlite").append(documentName, update);
  await db.destroy();
}

describe("a forged claim stored just before the server stopped", () => {
  it("is put right when the plan is next loaded, and goes on the case's trail", async () => {
    server = await startTestServer(dataDir);
    const { meeting, coordinator } = await server.createMeeting();
    const citizen = await server.invite(meeting, { name: "Ali Hassan", role: "borger" });
    const professional = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    const peter = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      professional.agent.connectionToken(meeting.id),
    );
    // Honest writing first: the server binds each client id to its writer.
    const karinsGoal = addGoal(karin.doc, {
      createdBy: "Karin Holm",
      createdByRole: "koordinator",
      text: "Egen bolig",
    });
    await acknowledged(karin);
    addGoal(peter.doc, { createdBy: "Peter Lund", createdByRole: "fagperson", text: "Færre bekymringer" });
    await acknowledged(peter);
    await waitFor(() => listGoals(peter.doc).length === 2, 5_000, "Karin's goal to reach Peter");
    karin.provider.destroy();
    peter.provider.destroy();

    // Peter's client, offline from now: a goal in "the citizen's own words", Karin's goal
    // relabelled as hers, and the citizen's scale set by him.
    const forged: Uint8Array[] = [];
    peter.doc.on("update", (update: Uint8Array) => forged.push(update));
    const fake = addGoal(peter.doc, { createdBy: "Ali Hassan", createdByRole: "borger", text: "Flytte til Fyn" });
    goalMap(peter.doc, karinsGoal).set("createdByRole", "borger");
    goalMap(peter.doc, karinsGoal).set(`scale:${citizen.member.id}`, {
      value: 9,
      raterKey: citizen.member.id,
      raterName: "Ali Hassan",
      raterRole: "borger",
      at: new Date().toISOString(),
    });
    await server.close();
    await appendWhileStopped(meeting.documentName, Y.mergeUpdates(forged));

    server = await startTestServer(dataDir);
    const again = await server.coordinator();
    const reader = await joinMeeting(server.wsUrl, meeting.documentName, () => again.connectionToken(meeting.id));
    try {
      const goals = () => readMeetingContent(reader.doc).goals.map((goal) => [goal.text, goal.createdByRole]);
      await waitFor(() => goals().length === 3, 5_000, "the plan to load");
      expect(Object.fromEntries(goals())).toEqual({
        "Egen bolig": "koordinator",
        "Færre bekymringer": "fagperson",
        "Flytte til Fyn": "fagperson",
      });
      expect(goalScales(reader.doc, karinsGoal)).toEqual([]);
      expect(listGoals(reader.doc).find((goal) => goal.id === fake)?.createdBy).toBe("Peter Lund");

      const trail = (await again.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body.events;
      const refused = trail.filter((event: { action: string }) => event.action === "edit-refused");
      expect(refused).toEqual([
        expect.objectContaining({
          actor: "Peter Lund",
          details: expect.objectContaining({ reason: "forged-authorship" }),
        }),
      ]);
      // Stored as corrected: a reload after this one reads the same.
      await waitFor(() => !reader.provider.hasUnsyncedChanges);
      const stored = (await server.documents.loadDoc(meeting.documentName, createMeetingDocument())).doc;
      expect(listGoals(stored).map((goal) => goal.createdByRole)).not.toContain("borger");
    } finally {
      reader.provider.destroy();
    }
  });

  it("takes out the citizen's answer written by someone else, when the plan is next loaded", async () => {
    server = await startTestServer(dataDir);
    const { meeting } = await server.createMeeting();
    const professional = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const peter = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      professional.agent.connectionToken(meeting.id),
    );
    // Bound to Peter by something honest first, then offline: "the citizen agrees", from his client.
    addGoal(peter.doc, { createdBy: "Peter Lund", createdByRole: "fagperson", text: "Færre bekymringer" });
    await acknowledged(peter);
    peter.provider.destroy();
    const forged: Uint8Array[] = [];
    peter.doc.on("update", (update: Uint8Array) => forged.push(update));
    answerThePlan(peter.doc, "agrees");
    await server.close();
    await appendWhileStopped(meeting.documentName, Y.mergeUpdates(forged));

    server = await startTestServer(dataDir);
    const again = await server.coordinator();
    const reader = await joinMeeting(server.wsUrl, meeting.documentName, () => again.connectionToken(meeting.id));
    try {
      await waitFor(() => listGoals(reader.doc).length === 1, 5_000, "the plan to load");
      expect(readCitizenAgreement(reader.doc)).toBeNull();
      const trail = (await again.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }))).body.events;
      expect(trail.filter((event: { action: string }) => event.action === "edit-refused")).toEqual([
        expect.objectContaining({
          actor: "Peter Lund",
          details: expect.objectContaining({ reason: "not-the-citizen" }),
        }),
      ]);
    } finally {
      reader.provider.destroy();
    }
  });
});
