import { afterEach, describe, expect, it } from "vitest";
import { joinMeeting, removeDataDir, startTestServer, type TestServer, waitFor } from "../../testing/testServer.ts";
import { createDatabase, type RunningPostgres, startPostgres } from "../../testing/throwawayServices.ts";

let server: TestServer | undefined;
let postgres: RunningPostgres | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  postgres?.stop();
  server = undefined;
  postgres = undefined;
});

describe("health, readiness and metrics", () => {
  it("says it is alive and ready, and counts connections, documents and refusals for Prometheus", async () => {
    server = await startTestServer();
    const alive = await server.request("GET", "/healthz");
    expect(alive.body).toEqual({ status: "ok" });
    expect(alive.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await server.request("GET", "/readyz")).body).toEqual({
      status: "ready",
      checks: { database: true, storage: true },
    });

    const { meeting, coordinator } = await server.createMeeting();
    const participant = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      coordinator.connectionToken(meeting.id),
    );
    await expect(joinMeeting(server.wsUrl, meeting.documentName, "forged")).rejects.toThrow();
    const metrics = String((await server.request("GET", "/metrics")).body);
    expect(metrics).toMatch(/^samplan_open_connections 1$/m);
    expect(metrics).toMatch(/^samplan_loaded_documents 1$/m);
    expect(metrics).toMatch(/^samplan_refused_authentications_total\{reason="token-invalid"\} 1$/m);
    expect(metrics).toMatch(/^samplan_messages_in_total \d+$/m);
    expect(metrics).toContain("samplan_store_seconds_bucket");
    expect(metrics).toContain("samplan_process_resident_memory_bytes");
    participant.provider.destroy();
  });

  it("is not ready while the database is unreachable, and ready again when it is back", async () => {
    postgres = await startPostgres();
    server = await startTestServer(undefined, { DATABASE_URL: await createDatabase(postgres.url) });
    expect((await server.request("GET", "/readyz")).status).toBe(200);
    postgres.halt();
    const down = await server.request("GET", "/readyz");
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: "not ready",
      checks: { database: false, storage: true },
      reasons: { database: expect.any(String) },
    });
    expect((await server.request("GET", "/healthz")).status).toBe(200);
    postgres.resume();
    await waitFor(() => true);
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await server.request("GET", "/readyz")).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
