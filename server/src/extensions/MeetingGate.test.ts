import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinMeeting, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

describe("MeetingGate (onAuthenticate)", () => {
  it.each([
    ["an arbitrary name", "hello"],
    ["a path", "meeting:../../etc/passwd"],
    ["a non-uuid id", "meeting:1234"],
    ["an upper-case prefix", "MEETING:5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f"],
    ["a very long name", `meeting:${"a".repeat(5000)}`],
  ])("refuses %s and creates nothing", async (_what, name) => {
    await expect(joinMeeting(server.wsUrl, name, "any-token")).rejects.toThrow("refused: invalid-document-name");
    expect(server.loadedDocuments()).toBe(0);
    expect(await server.documents.size(name)).toEqual({ updates: 0, bytes: 0 });
  });

  it("refuses a well-formed name of a meeting that does not exist, and creates nothing", async () => {
    const name = "meeting:5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f";
    await expect(joinMeeting(server.wsUrl, name, "any-token")).rejects.toThrow("refused: unknown-meeting");
    expect(server.loadedDocuments()).toBe(0);
    expect(await server.documents.size(name)).toEqual({ updates: 0, bytes: 0 });
  });

  it("lets a client into a meeting that exists", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const participant = await joinMeeting(
      server.wsUrl,
      meeting.documentName,
      await coordinator.connectionToken(meeting.id),
    );
    expect(server.loadedDocuments()).toBe(1);
    participant.provider.destroy();
  });

  it("answers 404 to a websocket upgrade on any other path", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/somewhere-else`);
    const outcome = await new Promise<string>((resolve) => {
      ws.onopen = () => resolve("open");
      ws.onerror = () => resolve("error");
    });
    expect(outcome).toBe("error");
  });
});
