import { apiRoutes, pathOf } from "@samplan/shared/api";
import type { MeetingId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, inject, it } from "vitest";
import { MailSchedule } from "../mail/MailSchedule.ts";
import { AuthorRepository } from "../storage/AuthorRepository.ts";
import { DocumentStore } from "../storage/DocumentStore.ts";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";
import { MeetingRecord } from "./MeetingRecord.ts";

/**
 * On PostgreSQL two transactions can freeze a version of one meeting at once: the periodic
 * snapshot after a compaction, on this instance or another, and the coordinator closing or
 * approving. Each numbers its version one past the highest; they must not both take the same
 * number (the close answered 500, found by the PostgreSQL restore drill).
 */
let server: TestServer | undefined;
let other: DatabaseHandle | undefined;
afterAll(async () => {
  await other?.db.destroy();
  await server?.close();
  if (server) removeDataDir(server.dataDir);
});

describe("versions frozen at the same moment on PostgreSQL", () => {
  it("each get their own number, and closing never fails for it", async () => {
    const url = await createDatabase(inject("postgresUrl"));
    server = await startTestServer(makeDataDir(), { DATABASE_URL: url });
    const coordinator = await server.coordinator();
    const kase = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Borger" });
    const meeting = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: kase.body.id }), {
      title: "Møde",
      startsAt: `${daysFromNow(-1)}T08:00:00Z`,
    });
    const meetingId = meeting.body.id as MeetingId;
    // Another instance's record, on connections of its own.
    other = await openDatabase({ postgresUrl: url });
    const elsewhere = new MeetingRecord(
      other.db,
      new DocumentStore(other.db, "postgres"),
      new AuthorRepository(other.db),
      new MailSchedule(false),
    );
    const post = (route: typeof apiRoutes.closeMeeting | typeof apiRoutes.reopenMeeting) =>
      coordinator.request("POST", pathOf(route, { meetingId }), {}).then((answer) => answer.status);

    for (let round = 0; round < 5; round++) {
      const snapshots = [0, 1, 2].map(() => elsewhere.snapshotIfDue(meetingId, 0));
      const [closed, ...settled] = await Promise.allSettled([post(apiRoutes.closeMeeting), ...snapshots]);
      expect(settled.filter((result) => result.status === "rejected")).toEqual([]);
      expect(closed).toEqual({ status: "fulfilled", value: 200 });
      expect(await post(apiRoutes.reopenMeeting)).toBe(200);
    }
    const numbers = (await elsewhere.versions(meetingId)).map((version) => version.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
