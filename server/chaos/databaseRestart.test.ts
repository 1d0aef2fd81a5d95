import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, createMeetingDocument, goalText, listGoals, readMeetingContent } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type ChildServer, exited, startChildServer } from "../src/testing/childServer.ts";
import { joinMeetingPatiently } from "../src/testing/patientParticipant.ts";
import {
  Agent,
  makeDataDir,
  type Participant,
  removeDataDir,
  TEST_PASSWORD,
  waitFor,
} from "../src/testing/testServer.ts";
import { positiveNumber, testSetting, wholeNumber } from "../src/testing/testSetting.ts";
import { createDatabase, type RunningPostgres, startPostgres } from "../src/testing/throwawayServices.ts";

/**
 * PostgreSQL restarts while ten participants type: first `pg_ctl restart -m fast`, then the server
 * gone for CHAOS_PG_DOWN_SECONDS (3 in the everyday test, 20 in `pnpm test:chaos`). No client sees
 * an edit acknowledged while the database cannot store it; the HTTP API answers 503 with
 * Retry-After, never 500; the pool reconnects by itself; afterwards every keystroke is stored
 * exactly once, in the order each participant typed it, and a restarted Samplan reads it all back.
 * Seeded by CHAOS_SEED.
 */
const seed = testSetting("CHAOS_SEED", wholeNumber(), Date.now() % 1_000_000);
const downSeconds = testSetting("CHAOS_PG_DOWN_SECONDS", positiveNumber(), 3);
const CLIENTS = 10;
let random = seed;
const next = () => {
  random = (random * 1103515245 + 12345) % 2 ** 31;
  return random / 2 ** 31;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = makeDataDir();
let postgres: RunningPostgres | undefined;
let server: ChildServer | undefined;
const clients: Participant[] = [];
afterAll(() => {
  for (const client of clients) client.provider.destroy();
  server?.process.kill("SIGKILL");
  postgres?.stop();
  removeDataDir(dataDir);
});

describe("PostgreSQL restarts while ten participants type", () => {
  it(`acknowledges nothing unstored, answers 503 meanwhile and stores it all after (seed ${seed})`, {
    timeout: downSeconds * 1000 + 150_000,
  }, async () => {
    console.log(`database chaos seed: ${seed} (replay with CHAOS_SEED=${seed})`);
    postgres = await startPostgres();
    const env = {
      SAMPLAN_DATA_DIR: dataDir,
      DATABASE_URL: await createDatabase(postgres.url),
      SAMPLAN_CONNECTIONS_PER_MINUTE: "100000",
      SAMPLAN_STORE_DEBOUNCE_MS: "200",
    };
    server = await startChildServer(env);
    const coordinator = new Agent(server.url);
    // If Samplan itself falls over, say so with its last words rather than as a failed fetch.
    const original = coordinator.request.bind(coordinator);
    coordinator.request = (method, pathname, body, headers) =>
      original(method, pathname, body, headers).catch((error) => {
        const exit = server?.process.exitCode ?? server?.process.signalCode;
        if (exit === null || exit === undefined) throw error;
        const last = server
          ?.output()
          .split("\n")
          .filter((line) => !/^\{"level":[34]0/.test(line));
        throw new Error(`Samplan exited (${exit}) during the test:\n${last?.slice(-30).join("\n")}`);
      });
    await coordinator.request("POST", pathOf(apiRoutes.setup), {
      setupCode: fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim(),
      username: "karin",
      displayName: "Karin",
      password: TEST_PASSWORD,
    });
    const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Borger" });
    const meeting = (
      await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
        title: "Møde",
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      })
    ).body;
    const token = () => coordinator.connectionToken(meeting.id);
    const wsUrl = `ws://127.0.0.1:${server.port}/collaboration`;
    for (let i = 0; i < CLIENTS; i++) clients.push(await joinMeetingPatiently(wsUrl, meeting.documentName, token));
    const goals: GoalId[] = clients.map((client, i) => addGoal(client.doc, { createdBy: `Deltager ${i}`, text: "" }));
    await waitFor(() => clients.every((client) => listGoals(client.doc).length === CLIENTS), 10_000, "every goal");

    // Each participant writes into its own goal, so the order of its keystrokes can be checked.
    const typed = clients.map(() => 0);
    const typedSinceHalt = clients.map(() => 0);
    let halted = false;
    const type = () => {
      const i = Math.floor(next() * CLIENTS);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`[${i}:${typed[i]!++}]`)]);
      const fragment = goalText(clients[i]!.doc, goals[i]!)!;
      fragment.insert(fragment.length, [paragraph]);
      if (halted) typedSinceHalt[i]!++;
    };
    const typing = setInterval(type, 15);

    // An operator's restart: every connection of the pool is cut under the typing.
    await sleep(500 + next() * 500);
    postgres.restart();
    await sleep(1_000);

    // Then the database is gone for a while, and everything the server answers is watched.
    const statuses = new Map<number, number>();
    let retryAfter: string | null = null;
    let falselyAcknowledged = 0;
    postgres.halt();
    halted = true;
    const downUntil = Date.now() + downSeconds * 1000;
    let readyWhileDown: unknown;
    while (Date.now() < downUntil) {
      const cases = await coordinator.request("GET", pathOf(apiRoutes.cases));
      statuses.set(cases.status, (statuses.get(cases.status) ?? 0) + 1);
      if (cases.status === 503) {
        retryAfter = cases.headers.get("retry-after");
        expect(cases.body.error.code).toBe("unavailable");
      }
      readyWhileDown = (await coordinator.request("GET", "/readyz")).body;
      // A client that typed since the halt must not see it all acknowledged: nothing can be stored.
      falselyAcknowledged += clients.filter(
        (client, i) => typedSinceHalt[i]! > 0 && !client.provider.hasUnsyncedChanges,
      ).length;
      await sleep(100);
    }
    expect(falselyAcknowledged).toBe(0);
    expect(readyWhileDown).toMatchObject({ status: "not ready", checks: { database: false } });
    expect([...statuses.keys()].filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    // Back, with no one restarting Samplan: the pool reconnects by itself.
    postgres.resume();
    const resumedAt = Date.now();
    for (;;) {
      if ((await coordinator.request("GET", "/readyz")).status === 200) break;
      if (Date.now() - resumedAt > 30_000) throw new Error("not ready 30 s after PostgreSQL came back");
      await sleep(100);
    }
    const readyAfter = (Date.now() - resumedAt) / 1000;
    expect((await coordinator.request("GET", pathOf(apiRoutes.cases))).status).toBe(200);
    await sleep(500);
    clearInterval(typing);

    // The server applies an update only once it is stored, and holds back one whose predecessor it
    // has not got; so a client whose state vector equals a fresh reader's has had everything stored.
    const reader = await joinMeetingPatiently(wsUrl, meeting.documentName, token);
    clients.push(reader);
    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("hex");
    await waitFor(
      () => clients.every((client) => vector(client.doc) === vector(reader.doc)),
      60_000,
      "every client to be let back in and have all it wrote stored",
    );
    const syncedAfter = (Date.now() - resumedAt) / 1000;
    const union = createMeetingDocument();
    for (const client of clients) Y.applyUpdate(union, Y.encodeStateAsUpdate(client.doc));
    const expected = readMeetingContent(union);
    // Every keystroke once, in the order its participant typed it.
    for (const [i, goal] of expected.goals.entries()) {
      const owner = goals.indexOf(goal.id as GoalId);
      const seen = [...goal.text.matchAll(/\[(\d+):(\d+)\]/g)].map((match) => match[0]);
      expect(seen, `goal ${i}`).toEqual(Array.from({ length: typed[owner]! }, (_, n) => `[${owner}:${n}]`));
    }

    // What was acknowledged is stored: a restarted Samplan, with no client left, reads it all back.
    for (const client of clients.splice(0)) client.provider.destroy();
    server.process.kill("SIGKILL");
    await exited(server.process);
    server = await startChildServer(env);
    const readerAgent = new Agent(server.url);
    readerAgent.cookie = coordinator.cookie;
    const restartedReader = await joinMeetingPatiently(
      `ws://127.0.0.1:${server.port}/collaboration`,
      meeting.documentName,
      () => readerAgent.connectionToken(meeting.id),
    );
    clients.push(restartedReader);
    expect(readMeetingContent(restartedReader.doc)).toEqual(expected);
    const keystrokes = typed.reduce((sum, n) => sum + n, 0);
    console.log(
      `database chaos: ${CLIENTS} clients, ${keystrokes} keystrokes (${typedSinceHalt.reduce((s, n) => s + n, 0)} ` +
        `while PostgreSQL was down ${downSeconds} s, after a restart -m fast), HTTP meanwhile ` +
        `${JSON.stringify(Object.fromEntries(statuses))}, ready ${readyAfter.toFixed(1)} s and all acknowledged ` +
        `${syncedAfter.toFixed(1)} s after it came back, 0 edits lost`,
    );
  });
});
