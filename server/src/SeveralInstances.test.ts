import fs from "node:fs";
import path from "node:path";
import type { Meeting } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, createMeetingDocument, listGoals, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { type ChildServer, exited, startChildServer } from "./testing/childServer.ts";
import {
  Agent,
  acknowledged,
  joinMeeting,
  makeDataDir,
  type Participant,
  removeDataDir,
  TEST_PASSWORD,
  waitFor,
} from "./testing/testServer.ts";
import { createDatabase } from "./testing/throwawayServices.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One Samplan instance in its own process, sharing the database, Redis and signing key. */
async function instance(shared: Record<string, string>): Promise<ChildServer> {
  const dataDir = makeDataDir();
  const child = await startChildServer({ ...shared, SAMPLAN_DATA_DIR: dataDir });
  cleanups.push(() => {
    child.process.kill("SIGKILL");
    removeDataDir(dataDir);
  });
  return { ...child, dataDir } as ChildServer & { dataDir: string };
}

function wsUrl(server: ChildServer) {
  return `ws://127.0.0.1:${server.port}/collaboration`;
}

describe("several instances kept in sync through Redis", () => {
  it("let participants on different instances co-edit, and lose nothing when one instance is killed", async () => {
    const shared = {
      DATABASE_URL: await createDatabase(inject("postgresUrl")),
      REDIS_URL: inject("redisUrl"),
      SAMPLAN_TOKEN_SECRET: "a-shared-secret-that-is-long-enough-for-the-test",
    };
    const first = (await instance(shared)) as ChildServer & { dataDir: string };
    const second = await instance(shared);

    // The coordinator signs in through the first instance; the second knows the session too.
    const coordinator = new Agent(first.url);
    const setupCode = fs.readFileSync(path.join(first.dataDir, "setup-code"), "utf8").trim();
    await coordinator.request("POST", pathOf(apiRoutes.setup), {
      setupCode,
      username: "karin",
      displayName: "Karin",
      password: TEST_PASSWORD,
    });
    const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Sara" });
    const meeting: Meeting = (
      await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
        title: "Møde",
        startsAt: "2026-12-01T09:00:00Z",
      })
    ).body;
    const token = () => coordinator.connectionToken(meeting.id);
    // The same browser session, asking the other instance: sessions live in the shared database.
    const viaSecond = new Agent(second.url);
    viaSecond.cookie = coordinator.cookie;
    const tokenViaSecond = () => viaSecond.connectionToken(meeting.id);

    const onFirst = await joinMeeting(wsUrl(first), meeting.documentName, token);
    const onSecond = await joinMeeting(wsUrl(second), meeting.documentName, token);
    cleanups.push(
      () => onFirst.provider.destroy(),
      () => onSecond.provider.destroy(),
    );

    addGoal(onFirst.doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Skrevet via instans 1" });
    addNextStep(onSecond.doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Skrevet via instans 2" });
    await waitFor(
      () => readMeetingContent(onFirst.doc).steps.length === 1 && listGoals(onSecond.doc).length === 1,
      5_000,
      "both edits to cross",
    );
    expect(readMeetingContent(onFirst.doc)).toEqual(readMeetingContent(onSecond.doc));

    // One more edit, acknowledged by the first instance, which is then killed.
    addGoal(onFirst.doc, { createdBy: "Karin", createdByRole: "koordinator", text: "Lige før nedbruddet" });
    await acknowledged(onFirst);
    first.process.kill("SIGKILL");
    await exited(first.process);

    // The load balancer sends the first instance's participant to the second, with what it wrote meanwhile.
    onFirst.provider.destroy();
    addGoal(onFirst.doc, {
      createdBy: "Karin",
      createdByRole: "koordinator",
      text: "Skrevet mens forbindelsen var væk",
    });
    const moved: Participant = await joinMeeting(wsUrl(second), meeting.documentName, tokenViaSecond, onFirst.doc);
    cleanups.push(() => moved.provider.destroy());
    await waitFor(() => listGoals(onSecond.doc).length === 3, 5_000, "the moved participant's edits");
    expect(readMeetingContent(onSecond.doc)).toEqual(readMeetingContent(moved.doc));

    // And it is all in the database: a fresh reader on the surviving instance sees every edit.
    await acknowledged(moved);
    onSecond.provider.destroy();
    moved.provider.destroy();
    const reader = await joinMeeting(wsUrl(second), meeting.documentName, tokenViaSecond, createMeetingDocument());
    cleanups.push(() => reader.provider.destroy());
    expect(
      readMeetingContent(reader.doc)
        .goals.map((g) => g.text)
        .sort(),
    ).toEqual(["Lige før nedbruddet", "Skrevet mens forbindelsen var væk", "Skrevet via instans 1"]);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(moved.doc));
  });
});
