import { afterEach, describe, expect, it } from "vitest";
import { joinMeeting, removeDataDir, startTestServer, type TestServer, waitFor } from "../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

describe("UnloadDelay", () => {
  it("keeps a meeting in memory for the configured time after the last participant leaves, then lets it go", async () => {
    server = await startTestServer(undefined, { SAMPLAN_UNLOAD_DELAY_MS: "400" });
    const { meeting, coordinator } = await server.createMeeting();
    const first = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    first.provider.destroy();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.loadedDocuments()).toBe(1);

    // Someone comes back in time: the document stays.
    const back = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.loadedDocuments()).toBe(1);

    back.provider.destroy();
    await waitFor(() => server!.loadedDocuments() === 0, 3_000, "the document to unload");
  });

  it("does not hold up a shutdown", async () => {
    server = await startTestServer(undefined, { SAMPLAN_UNLOAD_DELAY_MS: "600000" });
    const { meeting, coordinator } = await server.createMeeting();
    const participant = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      coordinator.connectionToken(meeting.id),
    );
    participant.provider.destroy();
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    removeDataDir(server.dataDir);
    server = undefined;
  });
});
