import { addGoal, createMeetingDocument, type GoalId, goalText, readMeetingContent } from "@samplan/shared/model";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { processStats } from "../bench/processStats.ts";
import { exited } from "../src/testing/childServer.ts";
import { LightParticipant } from "../src/testing/LightParticipant.ts";
import { makeDataDir, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import { type SeededServer, startSeededServer } from "./seededServer.ts";

/**
 * Soak: CHAOS_SOAK_CONNECTIONS connections (1,000) in meetings of ten for CHAOS_SOAK_MINUTES
 * (10), one participant at a time typing in each meeting, CHAOS_SOAK_TYPING_HZ keystrokes a
 * second (2), the typist changing every sentence. The server is a child process; its resident
 * memory may grow at most 10% from just after the warm-up (a fifth of the run, at most two
 * minutes) to the end, each the median over a fifth of the run (at most a minute). No
 * connection may drop, the server may log no error, and every meeting ends with all its
 * participants and a fresh reader on the same state holding every keystroke.
 */
const minutes = Number(process.env.CHAOS_SOAK_MINUTES ?? 10);
const connections = Number(process.env.CHAOS_SOAK_CONNECTIONS ?? 1000);
const typingHz = Number(process.env.CHAOS_SOAK_TYPING_HZ ?? 2);
const PER_MEETING = 10;
const SENTENCE = 30;
const durationMs = minutes * 60_000;
const warmupMs = Math.max(10_000, Math.min(120_000, durationMs / 5));
const SAMPLE_MS = 5_000;

const dataDir = makeDataDir();
let seeded: SeededServer | undefined;
afterAll(() => {
  seeded?.server.process.kill("SIGKILL");
  removeDataDir(dataDir);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

describe("soak", () => {
  it(`${connections} connections typing for ${minutes} min: bounded memory, no errors, nothing lost`, {
    timeout: durationMs + 600_000,
  }, async () => {
    seeded = await startSeededServer(dataDir, Math.ceil(connections / PER_MEETING));
    const { server, coordinator } = seeded;
    const url = `ws://127.0.0.1:${server.port}/collaboration`;
    const meetings = await Promise.all(
      seeded.meetings.map(async (meeting) => ({ ...meeting, token: await coordinator.connectionToken(meeting.id) })),
    );

    // Connect in waves of a hundred, as people arrive, not all in one millisecond.
    const participants: LightParticipant[][] = meetings.map(() => []);
    const joining = meetings
      .flatMap((meeting, m) => Array.from({ length: PER_MEETING }, () => ({ meeting, m })))
      .slice(0, connections);
    for (let i = 0; i < joining.length; i += 100) {
      await Promise.all(
        joining.slice(i, i + 100).map(async ({ meeting, m }) => {
          const participant = await LightParticipant.join(
            url,
            meeting.documentName,
            meeting.token,
            createMeetingDocument(),
          );
          participants[m]!.push(participant);
        }),
      );
    }
    const goals: GoalId[] = participants.map((room) => addGoal(room[0]!.doc, { createdBy: "Karin", text: "" }));
    await waitFor(
      () => participants.every((room, m) => room.every((p) => goalText(p.doc, goals[m]!))),
      60_000,
      "every participant to see its meeting's goal",
    );

    // One keystroke per meeting per tick, spread over the tick; a new sentence, a new typist.
    const typed = meetings.map(() => 0);
    const keystroke = (m: number) => {
      const room = participants[m]!;
      const doc = room[Math.floor(typed[m]! / SENTENCE) % room.length]!.doc;
      const fragment = goalText(doc, goals[m]!)!;
      doc.transact(() => {
        if (typed[m]! % SENTENCE === 0) {
          const paragraph = new Y.XmlElement("paragraph");
          paragraph.insert(0, [new Y.XmlText()]);
          fragment.insert(fragment.length, [paragraph]);
        }
        const text = (fragment.get(fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
        text.insert(text.length, "a");
      });
      typed[m]!++;
    };
    const tickMs = 1000 / typingHz;
    const typing = setInterval(() => {
      for (let m = 0; m < meetings.length; m++) setTimeout(() => keystroke(m), (m * tickMs) / meetings.length);
    }, tickMs);

    // The heap beside the RSS tells content that grows from memory that is merely not returned.
    const heapUsed = async () => {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      return Number(/^samplan_nodejs_heap_size_used_bytes (\d+)/m.exec(metrics)?.[1] ?? 0);
    };
    const samples: { at: number; rss: number; heap: number }[] = [];
    const started = Date.now();
    while (Date.now() - started < durationMs) {
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      const rss = processStats(server.process.pid!).rssBytes;
      samples.push({ at: Date.now() - started, rss, heap: await heapUsed() });
      const dropped = participants.flat().filter((p) => p.errors.length > 0);
      if (dropped.length > 0) break;
    }
    clearInterval(typing);
    await new Promise((resolve) => setTimeout(resolve, tickMs + 100));

    const errors = participants.flat().flatMap((p) => p.errors);
    expect(errors).toEqual([]);
    expect(server.process.exitCode).toBeNull();
    const serverErrors = server
      .output()
      .split("\n")
      .filter((line) => /"level":(50|60)/.test(line));
    expect(serverErrors).toEqual([]);

    // Everyone in a meeting converges on what a fresh reader gets from the server.
    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("hex");
    for (const [m, meeting] of meetings.entries()) {
      const reader = await LightParticipant.join(url, meeting.documentName, meeting.token, createMeetingDocument());
      await waitFor(
        () => participants[m]!.every((p) => vector(p.doc) === vector(reader.doc)),
        30_000,
        `meeting ${m} to converge`,
      );
      const content = readMeetingContent(reader.doc);
      expect(content.goals[0]!.text.replace(/\s/g, "")).toBe("a".repeat(typed[m]!));
      for (const p of participants[m]!) expect(readMeetingContent(p.doc)).toEqual(content);
      reader.leave();
    }
    for (const p of participants.flat()) p.leave();

    // Medians over a window, because the RSS steps up and down as V8 and malloc take and return
    // memory: the window after the warm-up against the last one.
    const windowMs = Math.min(60_000, durationMs / 5);
    const rssIn = (from: number, to: number) =>
      samples.filter((sample) => sample.at >= from && sample.at < to).map((sample) => sample.rss);
    const baseline = median(rssIn(warmupMs, warmupMs + windowMs));
    const final = median(rssIn(durationMs - windowMs, Number.POSITIVE_INFINITY));
    const peak = Math.max(...rssIn(warmupMs, Number.POSITIVE_INFINITY));
    const growth = final / baseline - 1;
    const keystrokes = typed.reduce((sum, n) => sum + n, 0);
    console.log(
      `soak: ${connections} connections in ${meetings.length} meetings for ${minutes} min, ${keystrokes} keystrokes; ` +
        `server RSS (median) in the ${windowMs / 1000} s after a ${warmupMs / 1000} s warm-up ${mb(baseline)}, in the last ${windowMs / 1000} s ${mb(final)} ` +
        `(${(growth * 100).toFixed(1)}%), peak ${mb(peak)}; 0 errors, 0 edits lost`,
    );
    console.log(
      `soak samples (s: RSS/heap MB): ${samples.map((s) => `${(s.at / 1000) | 0}:${(s.rss / 2 ** 20).toFixed(0)}/${(s.heap / 2 ** 20).toFixed(0)}`).join(" ")}`,
    );
    expect(growth).toBeLessThanOrEqual(0.1);

    server.process.kill("SIGTERM");
    await exited(server.process);
  });
});
