import { addGoal, createMeetingDocument, goalText, readMeetingContent } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { FaultyLink } from "../src/testing/FaultyLink.ts";
import {
  joinMeeting,
  makeDataDir,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
  waitFor,
} from "../src/testing/testServer.ts";
import { positiveNumber, testSetting, wholeNumber } from "../src/testing/testSetting.ts";

/**
 * Network faults: six participants type into the same three goals, each through its own network
 * (a TCP proxy that can be cut). Their connections are dropped at random, abruptly or with a bare
 * FIN, or a participant leaves and rejoins with a new connection, all mid-edit; one participant
 * is offline for CHAOS_OFFLINE_SECONDS (3 in the everyday test, minutes in `pnpm test:chaos`) and
 * keeps typing. Afterwards every participant and a fresh reader hold the same state vector and the
 * same content, with every keystroke in it. Seeded by CHAOS_SEED.
 */
const seed = testSetting("CHAOS_SEED", wholeNumber(), Date.now() % 1_000_000);
const offlineSeconds = testSetting("CHAOS_OFFLINE_SECONDS", positiveNumber(), 3);
const CLIENTS = 6;
let random = seed;
const next = () => {
  random = (random * 1103515245 + 12345) % 2 ** 31;
  return random / 2 ** 31;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = makeDataDir();
let server: TestServer | undefined;
const links: FaultyLink[] = [];
const clients: Participant[] = [];
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  for (const link of links) await link.close();
  await server?.close();
  removeDataDir(dataDir);
});

describe("network faults while six clients type", () => {
  it(`converges after random drops, rejoins and ${offlineSeconds} s offline (seed ${seed})`, {
    timeout: offlineSeconds * 1000 + 120_000,
  }, async () => {
    console.log(`network chaos seed: ${seed} (replay with CHAOS_SEED=${seed})`);
    // Every reconnect comes from 127.0.0.1; the per-address limit is for the open internet.
    server = await startTestServer(dataDir, { SAMPLAN_CONNECTIONS_PER_MINUTE: "100000" });
    const { meeting, coordinator } = await server.createMeeting();
    const token = () => coordinator.connectionToken(meeting.id);
    const urlOf = (link: FaultyLink) => `ws://127.0.0.1:${link.port}/collaboration`;
    for (let i = 0; i < CLIENTS; i++) {
      links.push(await FaultyLink.open(server.port));
      clients.push(await joinMeeting(urlOf(links[i]!), meeting.documentName, token));
    }
    const goals: GoalId[] = [0, 1, 2].map((i) => addGoal(clients[0]!.doc, { createdBy: "Karin", text: `Mål ${i}` }));
    await waitFor(() => clients.every((client) => goals.every((id) => goalText(client.doc, id))), 10_000, "goals");

    // Keystrokes land at random places in shared text, so concurrent edits really interleave.
    let typed = 0;
    let typedOffline = 0;
    const type = () => {
      const i = Math.floor(next() * CLIENTS);
      if (i === 0 && !links[0]!.isUp) typedOffline++;
      const doc = clients[i]!.doc;
      const fragment = goalText(doc, goals[Math.floor(next() * goals.length)]!)!;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`[${typed++}]`)]);
      fragment.insert(Math.floor(next() * (fragment.length + 1)), [paragraph]);
    };
    const typing = setInterval(type, 15);

    // Drops on participants 1…5 until the offline one is back.
    const faults = { reset: 0, close: 0, rejoin: 0 };
    const busy = new Set<number>();
    let faulting = true;
    const dropOne = async () => {
      const i = 1 + Math.floor(next() * (CLIENTS - 1));
      if (busy.has(i)) return;
      busy.add(i);
      const kind = (["reset", "close", "rejoin"] as const)[Math.floor(next() * 3)]!;
      faults[kind]++;
      const down = 100 + next() * 1400;
      if (kind === "rejoin") {
        // The participant's tab goes away mid-edit and comes back with the same document.
        clients[i]!.provider.destroy();
        await sleep(down);
        clients[i] = await joinMeeting(urlOf(links[i]!), meeting.documentName, token, clients[i]!.doc);
      } else {
        links[i]!.cut(kind);
        await sleep(down);
        links[i]!.restore();
      }
      busy.delete(i);
    };
    const dropping = (async () => {
      const pending: Promise<void>[] = [];
      while (faulting) {
        pending.push(dropOne());
        await sleep(150 + next() * 450);
      }
      await Promise.all(pending);
    })();

    // Participant 0 goes offline and keeps typing, as on a laptop without network.
    await sleep(500);
    links[0]!.cut("reset");
    await sleep(offlineSeconds * 1000);
    links[0]!.restore();
    const restoredAt = Date.now();
    await sleep(1000);
    faulting = false;
    await dropping;
    clearInterval(typing);

    // The provider retries with a backoff of up to 30 s, so reconnecting may take that long.
    await waitFor(
      () => clients.every((client) => client.provider.isSynced && !client.provider.hasUnsyncedChanges),
      60_000,
      "every client to reconnect and sync",
    );
    const reconnectSeconds = (Date.now() - restoredAt) / 1000;
    const reader = await joinMeeting(server.wsUrl, meeting.documentName, token, createMeetingDocument());
    clients.push(reader);
    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("hex");
    await waitFor(
      () => clients.every((client) => vector(client.doc) === vector(reader.doc)),
      30_000,
      "every client's state vector to equal the server's",
    );
    const expected = readMeetingContent(reader.doc);
    for (const client of clients) expect(readMeetingContent(client.doc)).toEqual(expected);
    const text = JSON.stringify(expected);
    const lost = Array.from({ length: typed }, (_, n) => n).filter((n) => !text.includes(`[${n}]`));
    expect(lost).toEqual([]);
    console.log(
      `network chaos: ${CLIENTS} clients, ${typed} keystrokes (${typedOffline} by a client offline for ` +
        `${offlineSeconds} s), ${faults.reset} resets, ${faults.close} closes, ${faults.rejoin} rejoins, ` +
        `${links.reduce((sum, link) => sum + link.cuts, 0)} connections cut, all synced ${reconnectSeconds.toFixed(1)} s ` +
        `after the network came back, 0 edits lost`,
    );
  });
});
