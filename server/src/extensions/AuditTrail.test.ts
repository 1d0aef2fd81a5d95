import { addGoal } from "@samplan/shared/model";
import { describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, joinMeeting } from "../testing/testServer.ts";

useMeetingServer();

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
