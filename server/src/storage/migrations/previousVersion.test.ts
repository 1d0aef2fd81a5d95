import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { canonicalJson, createMeetingDocument, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, it } from "vitest";
import { joinMeeting, makeDataDir, removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

/**
 * A database as the version before the access work (a49c3cc) left it: a case, a meeting the
 * citizen and a professional wrote in, closed and approved. Made by makeFixture.ts.txt beside it,
 * run in a checkout of that commit. Whatever later migrations add, what was stored loads unchanged
 * and the approved minutes still match the hash frozen at approval.
 */
const fixture = path.join(import.meta.dirname, "fixtures", "before-access-work");
const expected = JSON.parse(fs.readFileSync(path.join(fixture, "expected.json"), "utf8"));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

async function serverOverTheOldDatabase(): Promise<TestServer> {
  const dataDir = makeDataDir();
  fs.copyFileSync(path.join(fixture, "samplan.sqlite"), path.join(dataDir, "samplan.sqlite"));
  return startTestServer(dataDir);
}

describe("a database made by the previous version", () => {
  it("migrates, and its meeting, versions and approved minutes read as they did", async () => {
    server = await serverOverTheOldDatabase();
    const coordinator = await server.coordinator();
    const minutes = await coordinator.request("GET", pathOf(apiRoutes.minutes, { meetingId: expected.meetingId }));
    expect(minutes.status).toBe(200);
    expect(minutes.body.minutes).toEqual(expected.minutes.minutes);
    expect(minutes.body.approved).toEqual(expected.minutes.approved);
    // The approved text still hashes to what was frozen when it was approved.
    const hash = createHash("sha256").update(canonicalJson(minutes.body.minutes)).digest("hex");
    expect(hash).toBe(expected.minutes.approved.hash ?? expected.minutes.approved.contentHash);

    const versions = await coordinator.request("GET", pathOf(apiRoutes.versions, { meetingId: expected.meetingId }));
    expect(versions.body).toEqual(expected.versions);

    const reader = await joinMeeting(
      server.wsUrl,
      `meeting:${expected.meetingId}`,
      () => coordinator.connectionToken(expected.meetingId),
      createMeetingDocument(),
    );
    // The plan reads as it did; Det der virker, a section the previous version did not have, is
    // there and empty, and each step's figures for her week, which it did not have, read as nobody said;
    // so does each goal's life area.
    const steps = expected.content.steps.map((step: object) => ({
      ...step,
      citizenHours: null,
      citizenAppointments: null,
    }));
    const goals = expected.content.goals.map((goal: object) => ({ ...goal, area: null }));
    expect(readMeetingContent(reader.doc)).toEqual({ ...expected.content, resources: [], steps, goals });
    reader.provider.destroy();
  });
});
