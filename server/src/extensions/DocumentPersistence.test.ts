import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, inject, it } from "vitest";
import { exited, startChildServer } from "../testing/childServer.ts";
import {
  Agent,
  acknowledged,
  joinMeeting,
  makeDataDir,
  type Participant,
  removeDataDir,
  TEST_PASSWORD,
} from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function createMeeting(url: string, dataDir: string) {
  const coordinator = new Agent(url);
  const setupCode = fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
  await coordinator.request("POST", pathOf(apiRoutes.setup), {
    setupCode,
    username: "karin",
    displayName: "Karin",
    password: TEST_PASSWORD,
  });
  const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Borger" });
  const meeting = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
    title: "Møde",
    startsAt: "2026-12-01T09:00:00Z",
  });
  return { meeting: meeting.body, coordinator };
}

const storage = {
  sqlite: async () => ({}),
  postgres: async () => ({ DATABASE_URL: await createDatabase(inject("postgresUrl")) }),
};

describe.each(Object.entries(storage))("DocumentPersistence on %s", (_dialect, storageEnv) => {
  it("keeps an edit the server acknowledged, even when the server is killed with SIGKILL right after", async () => {
    const dataDir = makeDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    // A long debounce: the edit cannot have been saved by the regular store, only by the update log.
    const env = { ...(await storageEnv()), SAMPLAN_DATA_DIR: dataDir, SAMPLAN_STORE_DEBOUNCE_MS: "60000" };
    const first = await startChildServer(env);
    cleanups.push(() => {
      first.process.kill("SIGKILL");
    });
    const { meeting, coordinator } = await createMeeting(first.url, dataDir);
    const wsUrl = `ws://127.0.0.1:${first.port}/collaboration`;
    const writer: Participant = await joinMeeting(
      wsUrl,
      meeting.documentName,
      await coordinator.connectionToken(meeting.id),
    );
    cleanups.push(() => writer.provider.destroy());

    for (let i = 0; i < 20; i++)
      addNextStep(writer.doc, { createdBy: "Karin", createdByRole: "koordinator", text: `Skridt ${i}` });
    addGoal(writer.doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Det sidste, lige før nedbruddet" });
    await acknowledged(writer);
    first.process.kill("SIGKILL");
    expect(await exited(first.process)).toMatchObject({ signal: "SIGKILL" });
    const expected = readMeetingContent(writer.doc);
    writer.provider.destroy();

    const second = await startChildServer(env);
    cleanups.push(() => {
      second.process.kill("SIGKILL");
    });
    const again = new Agent(second.url);
    await again.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
    const reader = await joinMeeting(
      `ws://127.0.0.1:${second.port}/collaboration`,
      meeting.documentName,
      await again.connectionToken(meeting.id),
    );
    cleanups.push(() => reader.provider.destroy());
    expect(readMeetingContent(reader.doc)).toEqual(expected);
    expect(readMeetingContent(reader.doc).steps).toHaveLength(20);
  });
});
