import fs from "node:fs";
import path from "node:path";
import { type ChildServer, startChildServer } from "../src/testing/childServer.ts";
import { Agent, TEST_PASSWORD } from "../src/testing/testServer.ts";

export interface SeededServer {
  server: ChildServer;
  coordinator: Agent;
  meetings: { id: string; documentName: string }[];
  /** Starts the server again on the same port and data directory (after the test stopped it). */
  restart(): Promise<ChildServer>;
}

/**
 * Samplan as a child process on a fresh data directory, with a coordinator and `meetings`
 * meetings of one case, for the long chaos tests. Many connections come from 127.0.0.1 at once,
 * so the per-address connection limit (meant for the open internet) is raised. `extraEnv` sets
 * the server's other settings for the test.
 */
export async function startSeededServer(
  dataDir: string,
  meetings: number,
  extraEnv: Record<string, string> = {},
): Promise<SeededServer> {
  const env = { SAMPLAN_DATA_DIR: dataDir, SAMPLAN_CONNECTIONS_PER_MINUTE: "100000", LOG_LEVEL: "info", ...extraEnv };
  const first = await startChildServer(env);
  const coordinator = new Agent(first.url);
  const setupCode = fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
  await coordinator.request("POST", "/api/setup", {
    setupCode,
    username: "karin",
    displayName: "Karin",
    password: TEST_PASSWORD,
  });
  const created = await coordinator.request("POST", "/api/cases", { citizenName: "Borger" });
  const list: SeededServer["meetings"] = [];
  for (let i = 0; i < meetings; i++) {
    const answer = await coordinator.request("POST", `/api/cases/${created.body.id}/meetings`, {
      title: `Møde ${i}`,
      startsAt: "2026-12-01T09:00:00Z",
    });
    if (answer.status !== 201) throw new Error(`could not create a meeting: ${JSON.stringify(answer.body)}`);
    list.push({ id: answer.body.id, documentName: answer.body.documentName });
  }
  const seeded: SeededServer = {
    server: first,
    coordinator,
    meetings: list,
    async restart() {
      seeded.server = await startChildServer({ ...env, PORT: String(first.port) });
      return seeded.server;
    },
  };
  return seeded;
}
