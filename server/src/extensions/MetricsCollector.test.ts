import { addGoal } from "@samplan/shared/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledged, joinMeeting, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** One metric's value, read from /metrics as Prometheus would (from loopback). */
async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split("\n").find((row) => row.startsWith(`${name} `));
  return Number(line?.split(" ")[1] ?? Number.NaN);
}

describe("MetricsCollector", () => {
  it("counts open connections, documents in memory and the messages and bytes that came in", async () => {
    const { meeting, coordinator } = await server.createMeeting();
    const before = await metric("samplan_messages_in_total");
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    addGoal(karin.doc, { createdBy: "Karin", text: "Et mål" });
    await acknowledged(karin);
    expect(await metric("samplan_open_connections")).toBe(1);
    expect(await metric("samplan_loaded_documents")).toBeGreaterThanOrEqual(1);
    expect(await metric("samplan_messages_in_total")).toBeGreaterThan(before);
    expect(await metric("samplan_bytes_in_total")).toBeGreaterThan(0);
    karin.provider.destroy();
    await expect.poll(() => metric("samplan_open_connections")).toBe(0);
  });
});
