import { addGoal } from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  removeDataDir,
  startTestServer,
  type TestServer,
} from "../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;
let meeting: { id: string; caseId: string; documentName: string };

beforeEach(async () => {
  server = await startTestServer();
  ({ meeting, coordinator } = await server.createMeeting());
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const trail = async () =>
  (await server.audit.all())
    .filter((event) => event.meetingId === meeting.id && /-meeting$/.test(event.action))
    .map((event) => `${event.actor}: ${event.action}`);

describe("AuditTrail", () => {
  it("writes who joined, that they edited (once per connection, not per keystroke) and when they left", async () => {
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    for (const text of ["Et mål", "Et andet mål", "Et tredje mål"]) addGoal(karin.doc, { createdBy: "Karin", text });
    await acknowledged(karin);
    karin.provider.destroy();
    await expect
      .poll(trail)
      .toEqual(["Karin Holm: joined-meeting", "Karin Holm: edited-meeting", "Karin Holm: left-meeting"]);
  });
});
