import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal } from "@samplan/shared/model";
import { describe, expect, it } from "vitest";
import { acknowledged, joinMeeting, removeDataDir, startTestServer } from "../testing/testServer.ts";

describe("the history of a running meeting", () => {
  it("keeps a snapshot version while the meeting runs, at most every SAMPLAN_SNAPSHOT_MINUTES", async () => {
    const running = await startTestServer(undefined, {
      SAMPLAN_SNAPSHOT_MINUTES: "0.01",
      SAMPLAN_STORE_DEBOUNCE_MS: "20",
    });
    try {
      const { coordinator: karin, case: kase } = await running.createMeeting();
      const now = await karin.request("POST", pathOf(apiRoutes.createMeeting, { caseId: kase.id }), {
        title: "I gang",
        startsAt: new Date(Date.now() - 60_000).toISOString(),
      });
      const participant = await joinMeeting(running.wsUrl, now.body.documentName, () =>
        karin.connectionToken(now.body.id),
      );
      addGoal(participant.doc, { createdBy: "Sara", text: "Første version" });
      await acknowledged(participant);
      const versions = async () =>
        (await karin.request("GET", pathOf(apiRoutes.versions, { meetingId: now.body.id }))).body.versions;
      await expect.poll(versions).toHaveLength(1);
      expect((await versions())[0]).toMatchObject({ number: 1, kind: "snapshot", createdBy: "Samplan" });
      const first = (await karin.request("GET", pathOf(apiRoutes.version, { meetingId: now.body.id, number: 1 }))).body;
      expect(first.minutes.goals.map((g: { text: string }) => g.text)).toEqual(["Første version"]);
      participant.provider.destroy();
    } finally {
      await running.close();
      removeDataDir(running.dataDir);
    }
  });
});
