import { addGoal, createMeetingDocument, goalText } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { processStats } from "../bench/processStats.ts";
import { LightParticipant } from "../src/testing/LightParticipant.ts";
import { makeDataDir, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import { positiveNumber, testSetting } from "../src/testing/testSetting.ts";
import { type SeededServer, startSeededServer } from "./seededServer.ts";

/**
 * Slow readers: in a meeting where one participant types (a keystroke every 100 ms, timed until
 * two others see it) and another pastes 64 KB texts (20 a second), two more participants stop
 * reading for CHAOS_SLOW_READER_SECONDS (10 in the everyday test, 60 in `pnpm test:chaos`): one
 * reads nothing at all, as a device asleep with its socket open; one reads a chunk once a second,
 * a link far slower than the meeting, until the server has closed them. Each is closed with 4429
 * once more than SAMPLAN_MAX_BUFFERED_BYTES (1 MB here) waits for it, logged once; the others keep
 * receiving every keystroke. Their latency with and without the stuck readers is printed (not
 * asserted: the machine is shared).
 */
const seconds = testSetting("CHAOS_SLOW_READER_SECONDS", positiveNumber(), 10);
const baselineSeconds = Math.max(5, seconds / 3);
const MAX_BUFFERED = 1024 * 1024;
const PASTE = "x".repeat(64 * 1024);
const CLOSED = "closed a connection that does not read what it is sent";

const dataDir = makeDataDir();
let seeded: SeededServer | undefined;
const everyone: LightParticipant[] = [];
afterAll(() => {
  for (const participant of everyone) participant.leave();
  seeded?.server.process.kill("SIGKILL");
  removeDataDir(dataDir);
});

const percentile = (values: number[], p: number) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]! : NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("slow readers", () => {
  it(`closes participants who do not read for ${seconds} s; the others keep receiving`, {
    timeout: (baselineSeconds + seconds) * 1000 + 90_000,
  }, async () => {
    seeded = await startSeededServer(dataDir, 1, { SAMPLAN_MAX_BUFFERED_BYTES: String(MAX_BUFFERED) });
    const { server } = seeded;
    const meeting = seeded.meetings[0]!;
    const token = await seeded.coordinator.connectionToken(meeting.id);
    const url = `ws://127.0.0.1:${server.port}/collaboration`;
    const join = async () => {
      const participant = await LightParticipant.join(url, meeting.documentName, token, createMeetingDocument());
      everyone.push(participant);
      return participant;
    };
    const [writer, paster, ...receivers] = [await join(), await join(), await join(), await join()];
    const typedGoal: GoalId = addGoal(writer!.doc, { createdBy: "Karin", text: "" });
    const pastedGoal: GoalId = addGoal(paster!.doc, { createdBy: "Karin", text: "" });
    await waitFor(
      () => everyone.every((p) => goalText(p.doc, typedGoal) && goalText(p.doc, pastedGoal)),
      10_000,
      "every participant to see both goals",
    );

    // Keystroke n is the writer's n-th paragraph; a receiver holding n+1 paragraphs has seen it.
    const sentAt: number[] = [];
    const latencies = new Map<string, number[]>([
      ["baseline", []],
      ["stuck", []],
      ["closed", []],
    ]);
    let phase = "baseline";
    for (const receiver of receivers) {
      const fragment = goalText(receiver.doc, typedGoal)!;
      let seen = 0;
      fragment.observe(() => {
        for (; seen < fragment.length; seen++) latencies.get(phase)!.push(performance.now() - sentAt[seen]!);
      });
    }
    const typing = setInterval(() => {
      const fragment = goalText(writer!.doc, typedGoal)!;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`[${sentAt.length}]`)]);
      sentAt.push(performance.now());
      fragment.insert(fragment.length, [paragraph]);
    }, 100);
    // Each paste replaces the last: the document stays small, the traffic to every reader does not.
    let pasted = 0;
    const pasting = setInterval(() => {
      const fragment = goalText(paster!.doc, pastedGoal)!;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`${pasted++}${PASTE}`)]);
      paster!.doc.transact(() => {
        fragment.delete(0, fragment.length);
        fragment.insert(0, [paragraph]);
      });
    }, 50);

    await sleep(baselineSeconds * 1000);
    const rssBefore = processStats(server.process.pid!).rssBytes;

    // The stuck readers join (and sync) like anyone, then stop reading.
    const asleep = await join();
    const slow = await join();
    asleep.stopReading();
    slow.stopReading();
    phase = "stuck";
    const trickle = setInterval(() => slow.readOneChunk(), 1000);
    const stuckFrom = Date.now();
    const closes = () =>
      server
        .output()
        .split("\n")
        .filter((line) => line.includes(CLOSED))
        .map((line) => JSON.parse(line) as { bufferedBytes: number; code: number; time: number });
    // Once the server has closed both, the slow link gets better: it reads what waited, then the
    // close. The one asleep sleeps on.
    while (Date.now() - stuckFrom < seconds * 1000) {
      await sleep(250);
      if (closes().length >= 2 && phase === "stuck") {
        phase = "closed";
        clearInterval(trickle);
        slow.readAgain();
      }
    }
    const rssStuck = processStats(server.process.pid!).rssBytes;
    clearInterval(trickle);
    clearInterval(typing);
    clearInterval(pasting);
    const typed = sentAt.length;

    // Closed on the server, once each, with what was waiting for them bounded by the limit plus
    // what the last send added (a paste and its framing).
    const closed = closes();
    expect(closed).toHaveLength(2);
    for (const close of closed) {
      expect(close.code).toBe(4429);
      expect(close.bufferedBytes).toBeLessThan(MAX_BUFFERED + 2 * PASTE.length);
    }
    // Reading again, the one asleep learns why, unless the server has already dropped its socket
    // (30 s after closing it, when it never read the close).
    asleep.readAgain();
    await waitFor(() => asleep.errors.length > 0 && slow.errors.length > 0, 40_000, "the stuck readers to be closed");
    expect(slow.errors).toEqual(["closed by the server: 4429 Slow Reader"]);
    expect(asleep.errors[0]).toMatch(/^closed by the server: (4429 Slow Reader|1006)/);

    // The others were never closed and received every keystroke.
    await waitFor(
      () => receivers.every((r) => goalText(r.doc, typedGoal)!.length === typed),
      10_000,
      "the receivers to hold every keystroke",
    );
    for (const participant of [writer!, paster!, ...receivers]) expect(participant.errors).toEqual([]);

    const figures = (name: string) => {
      const values = latencies.get(name)!;
      return `${name}: ${values.length} receipts, p50 ${percentile(values, 0.5).toFixed(1)} ms, p99 ${percentile(values, 0.99).toFixed(1)} ms`;
    };
    const closedAfter = closed.map((close) => ((close.time - stuckFrom) / 1000).toFixed(1));
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    console.log(
      `slow readers: ${typed} keystrokes, ${pasted} pastes of 64 KB; two readers stuck for ${seconds} s, closed ` +
        `(4429) ${closedAfter.join(" s and ")} s after they stopped reading, holding ` +
        `${closed.map((c) => mb(c.bufferedBytes)).join(" and ")}; server RSS ${mb(rssBefore)} before, ` +
        `${mb(rssStuck)} at the end; latency to the others ${figures("baseline")}; ${figures("stuck")}; ${figures("closed")}`,
    );
  });
});
