import type { Meeting } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  createMeetingDocument,
  goalText,
  listGoals,
  readMeetingContent,
  updateNextStep,
} from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import {
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
  waitFor,
} from "./testing/testServer.ts";
import { createDatabase } from "./testing/throwawayServices.ts";

let server: TestServer | undefined;
const participants: Participant[] = [];

afterEach(async () => {
  for (const p of participants.splice(0)) p.provider.destroy();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

async function join(meeting: Meeting) {
  const coordinator = await server!.coordinator();
  const participant = await joinMeeting(server!.wsUrl, meeting.documentName, () =>
    coordinator.connectionToken(meeting.id),
  );
  participants.push(participant);
  return participant;
}

// The same meeting on the embedded default and on PostgreSQL (a fresh database per test).
const storage = {
  sqlite: async () => ({}),
  postgres: async () => ({ DATABASE_URL: await createDatabase(inject("postgresUrl")) }),
};

describe.each(Object.entries(storage))("a live meeting stored in %s", (_dialect, storageEnv) => {
  let env: Record<string, string> = {};
  beforeEach(async () => {
    env = await storageEnv();
  });

  it("shows one participant's edits to the others, well under a second on loopback", async () => {
    server = await startTestServer(undefined, env);
    const { meeting } = await server.createMeeting();
    const coordinator = await join(meeting);
    const citizen = await join(meeting);

    const started = performance.now();
    const goal = addGoal(citizen.doc, { createdBy: "Borger", text: "Jeg vil have et arbejde med dyr" });
    await waitFor(() => listGoals(coordinator.doc).length === 1, 1_000, "the goal to reach the coordinator");
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(1_000);
    goalText(coordinator.doc, goal)!.insert(1, [new Y.XmlElement("paragraph")]);
    addNextStep(coordinator.doc, {
      createdBy: "Koordinator",
      text: "Besøg et internat",
      owner: "borger",
      goalId: goal,
    });
    await waitFor(() => readMeetingContent(citizen.doc).steps.length === 1, 1_000, "the step to reach the citizen");
    expect(readMeetingContent(citizen.doc)).toEqual(readMeetingContent(coordinator.doc));
  });

  it("converges when both change the same step at once", async () => {
    server = await startTestServer(undefined, env);
    const { meeting } = await server.createMeeting();
    const a = await join(meeting);
    const b = await join(meeting);
    const step = addNextStep(a.doc, { createdBy: "A", text: "Ring til lægen" });
    await waitFor(() => readMeetingContent(b.doc).steps.length === 1);

    updateNextStep(a.doc, step, { status: "done" });
    updateNextStep(b.doc, step, { owner: "Jonas (læge)" });
    await waitFor(() => Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString());
    expect(readMeetingContent(a.doc).steps).toMatchObject([{ status: "done", owner: "Jonas (læge)" }]);
    expect(readMeetingContent(b.doc)).toEqual(readMeetingContent(a.doc));
  });

  it("keeps edits made while a participant's connection was down, and syncs them when it returns", async () => {
    server = await startTestServer(undefined, env);
    const { meeting } = await server.createMeeting();
    const online = await join(meeting);
    const flaky = await join(meeting);

    flaky.provider.disconnect();
    addGoal(flaky.doc, { createdBy: "Borger", text: "Skrevet uden forbindelse" });
    addNextStep(online.doc, { createdBy: "Koordinator", text: "Skrevet imens" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listGoals(online.doc)).toHaveLength(0);

    await flaky.provider.connect();
    await waitFor(() => listGoals(online.doc).length === 1 && readMeetingContent(flaky.doc).steps.length === 1);
    expect(readMeetingContent(online.doc)).toEqual(readMeetingContent(flaky.doc));
  });

  it("keeps everything across a restart of the server", async () => {
    server = await startTestServer(undefined, env);
    const { meeting } = await server.createMeeting();
    const writer = await join(meeting);
    addGoal(writer.doc, { createdBy: "Borger", text: "Sove om natten" });
    addNextStep(writer.doc, { createdBy: "Borger", text: "Gå en tur hver morgen", owner: "borger" });
    await waitFor(() => !writer.provider.hasUnsyncedChanges);
    const before = readMeetingContent(writer.doc);
    writer.provider.destroy();
    participants.length = 0;

    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer(dataDir, env);
    const reader = await join(meeting);
    expect(readMeetingContent(reader.doc)).toEqual(before);
  });

  it("stores every loaded document on a graceful shutdown", async () => {
    server = await startTestServer(undefined, { ...env, SAMPLAN_STORE_DEBOUNCE_MS: "60000" });
    const { meeting } = await server.createMeeting();
    const writer = await join(meeting);
    addGoal(writer.doc, { createdBy: "A", text: "Et mål" });
    await waitFor(() => !writer.provider.hasUnsyncedChanges);
    expect((await server.documents.size(meeting.documentName)).updates).toBeGreaterThan(0);

    const dataDir = server.dataDir;
    await server.close();
    writer.provider.destroy();
    participants.length = 0;
    server = await startTestServer(dataDir, env);
    // Shutdown compacted the log into one snapshot.
    expect((await server.documents.size(meeting.documentName)).updates).toBe(0);
    const doc = createMeetingDocument();
    for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(doc, update);
    expect(readMeetingContent(doc).goals.map((g) => g.text)).toEqual(["Et mål"]);
  });
});
