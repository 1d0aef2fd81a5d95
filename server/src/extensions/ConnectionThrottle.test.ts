import { afterEach, describe, expect, it } from "vitest";
import { joinMeeting, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

function tryConnect(url: string): Promise<"open" | "refused"> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.onopen = () => {
      socket.close();
      resolve("open");
    };
    socket.onerror = () => resolve("refused");
  });
}

describe("ConnectionThrottle (onUpgrade)", () => {
  it("refuses websocket connection attempts past the limit per address, before reading a message", async () => {
    server = await startTestServer(undefined, { SAMPLAN_CONNECTIONS_PER_MINUTE: "5" });
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) outcomes.push(await tryConnect(server.wsUrl));
    expect(outcomes).toEqual(["open", "open", "open", "open", "open", "refused", "refused"]);
  });

  it("leaves room for a whole meeting room behind one address with the default limit", async () => {
    server = await startTestServer();
    const { meeting, coordinator } = await server.createMeeting();
    const participants = await Promise.all(
      Array.from({ length: 12 }, () =>
        joinMeeting(server!.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id)),
      ),
    );
    expect(participants).toHaveLength(12);
    for (const participant of participants) participant.provider.destroy();
  });
});
