import { Writable } from "node:stream";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../config.ts";
import { type SamplanServer, startSamplanServer } from "../../SamplanServer.ts";
import { Agent, makeDataDir, removeDataDir } from "../../testing/testServer.ts";

let server: SamplanServer | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dataDir) removeDataDir(dataDir);
  server = undefined;
  dataDir = undefined;
});

/** A real server whose log lines are kept, to read what a report left there. */
async function serverWithLog(): Promise<{ agent: Agent; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  dataDir = makeDataDir();
  server = await startSamplanServer(
    readConfig({ PORT: "0", HOST: "127.0.0.1", SAMPLAN_DATA_DIR: dataDir }),
    pino({ level: "info" }, sink),
  );
  return { agent: new Agent(server.url), lines };
}

const report = {
  part: "goals",
  kind: "render",
  name: "TypeError",
  frames: ["at GoalsSection (http://127.0.0.1/assets/MeetingPage-abc.js:1:2345)"],
  route: "/meetings/:id",
};

describe("a browser's report of a part that failed to draw", () => {
  it("is logged under the request id it answers with, with where and what kind, and nothing else", async () => {
    const { agent, lines } = await serverWithLog();
    const answer = await agent.request("POST", pathOf(apiRoutes.reportClientError), report);
    expect(answer.status).toBe(202);
    expect(answer.body.requestId).toBe(answer.headers.get("x-request-id"));
    const logged = lines.find((line) => line.msg === "a page failed to draw in a browser");
    expect(logged).toMatchObject({ ...report, requestId: answer.body.requestId, principal: "none" });
  });

  it("refuses a report that carries text of its own, such as the error's message, with a clear 400", async () => {
    const { agent, lines } = await serverWithLog();
    const withText = await agent.request("POST", pathOf(apiRoutes.reportClientError), {
      ...report,
      name: "Cannot read 'Mette har fået lejlighed'",
    });
    expect(withText.status).toBe(400);
    expect(withText.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["name"]);
    const unknownPart = await agent.request("POST", pathOf(apiRoutes.reportClientError), { ...report, part: "x" });
    expect(unknownPart.status).toBe(400);
    expect(JSON.stringify(lines)).not.toContain("Mette");
  });

  it("answers 429 with Retry-After once an address has sent its 30 reports in ten minutes", async () => {
    const { agent } = await serverWithLog();
    for (let sent = 0; sent < 30; sent++) {
      expect((await agent.request("POST", pathOf(apiRoutes.reportClientError), report)).status).toBe(202);
    }
    const refused = await agent.request("POST", pathOf(apiRoutes.reportClientError), report);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
