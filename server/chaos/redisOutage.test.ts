import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, goalText, listGoals, readMeetingContent } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type ChildServer, startChildServer } from "../src/testing/childServer.ts";
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
import {
  createDatabase,
  type RunningPostgres,
  type RunningRedis,
  startPostgres,
  startRedis,
} from "../src/testing/throwawayServices.ts";

/**
 * Redis goes away while participants on two instances type (shared PostgreSQL and Redis, as in
 * SeveralInstances.test.ts), for CHAOS_REDIS_DOWN_SECONDS (3 in the everyday test, 20 in
 * `pnpm test:chaos`). Each instance keeps serving its own participants, and lets a new one in;
 * /readyz says Redis is down and why; when Redis is back the instances converge with nobody typing
 * or reloading; every keystroke is there once, in the order typed, and a new instance reads it all
 * from storage. Seeded by CHAOS_SEED.
 */
const seed = testSetting("CHAOS_SEED", wholeNumber(), Date.now() % 1_000_000);
const downSeconds = testSetting("CHAOS_REDIS_DOWN_SECONDS", positiveNumber(), 3);
const PER_INSTANCE = 3;
let random = seed;
const next = () => {
  random = (random * 1103515245 + 12345) % 2 ** 31;
  return random / 2 ** 31;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("hex");

let postgres: RunningPostgres | undefined;
let redis: RunningRedis | undefined;
const instances: ChildServer[] = [];
const dataDirs: string[] = [];
const clients: Participant[] = [];
afterAll(() => {
  for (const client of clients) client.provider.destroy();
  for (const instance of instances) instance.process.kill("SIGKILL");
  redis?.stop();
  postgres?.stop();
  for (const dir of dataDirs) removeDataDir(dir);
});

describe("Redis goes away and comes back while two instances serve one meeting", () => {
  it(`each instance goes on alone, then they converge with nothing lost (seed ${seed})`, {
    timeout: downSeconds * 1000 + 150_000,
  }, async () => {
    console.log(`redis chaos seed: ${seed} (replay with CHAOS_SEED=${seed})`);
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const shared = {
      DATABASE_URL: await createDatabase(postgres.url),
      REDIS_URL: redis.url,
      SAMPLAN_TOKEN_SECRET: "a-shared-secret-that-is-long-enough-for-the-test",
      SAMPLAN_CONNECTIONS_PER_MINUTE: "100000",
      SAMPLAN_STORE_DEBOUNCE_MS: "200",
    };
    const instance = async () => {
      const dataDir = makeDataDir();
      dataDirs.push(dataDir);
      const started = await startChildServer({ ...shared, SAMPLAN_DATA_DIR: dataDir });
      instances.push(started);
      return { ...started, dataDir };
    };
    const first = await instance();
    const second = await instance();

    const coordinator = new Agent(first.url);
    await coordinator.request("POST", pathOf(apiRoutes.setup), {
      setupCode: fs.readFileSync(path.join(first.dataDir, "setup-code"), "utf8").trim(),
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
    // The same browser session on either instance: sessions live in the shared database.
    const agentOn = (server: ChildServer) => {
      const agent = new Agent(server.url);
      agent.cookie = coordinator.cookie;
      return agent;
    };
    const join = (server: ChildServer) => {
      const agent = agentOn(server);
      return joinMeetingPatiently(`ws://127.0.0.1:${server.port}/collaboration`, meeting.documentName, () =>
        agent.connectionToken(meeting.id),
      );
    };
    const on: Participant[][] = [[], []];
    for (const [n, server] of [first, second].entries()) {
      for (let i = 0; i < PER_INSTANCE; i++) on[n]!.push(await join(server));
    }
    clients.push(...on.flat());
    // The typists; a newcomer who joins during the outage only reads.
    const typists = [...clients];
    const goals: GoalId[] = typists.map((client, i) => addGoal(client.doc, { createdBy: `Deltager ${i}`, text: "" }));
    await waitFor(
      () => clients.every((client) => listGoals(client.doc).length === typists.length),
      10_000,
      "every goal on both instances",
    );

    // Each participant writes into its own goal, so the order of its keystrokes can be checked.
    const typed = typists.map(() => 0);
    let typedWhileDown = 0;
    let down = false;
    const type = () => {
      const i = Math.floor(next() * typists.length);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`[${i}:${typed[i]!++}]`)]);
      const fragment = goalText(typists[i]!.doc, goals[i]!)!;
      fragment.insert(fragment.length, [paragraph]);
      if (down) typedWhileDown++;
    };
    let typing = setInterval(type, 15);
    await sleep(500 + next() * 500);

    redis.halt();
    down = true;
    const haltedAt = Date.now();
    // A newcomer on the second instance is let in while Redis is away.
    const newcomer = await join(second);
    clients.push(newcomer);
    on[1]!.push(newcomer);
    // Typing stops halfway. Over a long outage ioredis gives up on the publishes it queued (after
    // twenty retries, about ten seconds), so nothing but the catch-up on reconnect can bring the
    // instances together; over a short one the queue alone might.
    let readiness: { status: number; body: unknown }[] = [];
    while (Date.now() - haltedAt < downSeconds * 1000) {
      if (Date.now() - haltedAt > (downSeconds * 1000) / 2) clearInterval(typing);
      readiness = await Promise.all([first, second].map((server) => new Agent(server.url).request("GET", "/readyz")));
      await sleep(200);
    }
    for (const ready of readiness) {
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: "not ready",
        checks: { database: true, redis: false },
        reasons: { redis: expect.any(String) },
      });
    }
    clearInterval(typing);
    // Each instance still serves its own: everyone on it holds the same state, acknowledged.
    await waitFor(
      () => on.every((group) => group.every((client) => vector(client.doc) === vector(group[0]!.doc))),
      15_000,
      "the participants of each instance to agree while Redis is down",
    );
    expect(vector(on[0]![0]!.doc)).not.toBe(vector(on[1]![0]!.doc));

    // Redis is back; nobody types, nobody reloads.
    redis.resume();
    const resumedAt = Date.now();
    await waitFor(
      () => clients.every((client) => vector(client.doc) === vector(clients[0]!.doc)),
      30_000,
      "both instances to converge once Redis is back",
    );
    const convergedAfter = (Date.now() - resumedAt) / 1000;
    for (const server of [first, second]) {
      for (;;) {
        if ((await new Agent(server.url).request("GET", "/readyz")).status === 200) break;
        if (Date.now() - resumedAt > 30_000) throw new Error("not ready 30 s after Redis came back");
        await sleep(100);
      }
    }

    // And relaying works again as before.
    typing = setInterval(type, 15);
    await sleep(500);
    clearInterval(typing);
    await waitFor(
      () => clients.every((client) => vector(client.doc) === vector(clients[0]!.doc)),
      10_000,
      "edits after the outage to cross",
    );

    const expected = readMeetingContent(clients[0]!.doc);
    for (const client of clients) expect(readMeetingContent(client.doc)).toEqual(expected);
    // Every keystroke once, in the order its participant typed it.
    for (const goal of expected.goals) {
      const owner = goals.indexOf(goal.id as GoalId);
      const seen = [...goal.text.matchAll(/\[(\d+):(\d+)\]/g)].map((match) => match[0]);
      expect(seen).toEqual(Array.from({ length: typed[owner]! }, (_, n) => `[${owner}:${n}]`));
    }

    // All of it is stored: with everyone gone and both instances killed, a new one reads it back.
    for (const client of clients.splice(0)) client.provider.destroy();
    for (const server of instances) server.process.kill("SIGKILL");
    const third = await instance();
    const reader = await join(third);
    clients.push(reader);
    expect(readMeetingContent(reader.doc)).toEqual(expected);
    const keystrokes = typed.reduce((sum, n) => sum + n, 0);
    console.log(
      `redis chaos: 2 instances, ${on.flat().length} participants, ${keystrokes} keystrokes ` +
        `(${typedWhileDown} while Redis was down ${downSeconds} s), converged ${convergedAfter.toFixed(1)} s after ` +
        `it came back with nobody typing, 0 edits lost`,
    );
  });
});
