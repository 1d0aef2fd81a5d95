import { addGoal, createMeetingDocument, goalText, readMeetingContent } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { processStats } from "../bench/processStats.ts";
import { exited } from "../src/testing/childServer.ts";
import { LightParticipant } from "../src/testing/LightParticipant.ts";
import { makeDataDir, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import { positiveNumber, testSetting, wholeNumber } from "../src/testing/testSetting.ts";
import { type SeededServer, startSeededServer } from "./seededServer.ts";

/**
 * Soak: CHAOS_SOAK_CONNECTIONS connections (1,000) in meetings of ten for CHAOS_SOAK_MINUTES
 * (10), one participant at a time typing in each meeting, CHAOS_SOAK_TYPING_HZ keystrokes a
 * second (2), the typist changing every sentence. The server is a child process; after the
 * warm-up (a fifth of the run, one to two minutes) its resident memory may never exceed the
 * highest it reached during the warm-up by more than 10%. No connection may drop, the server
 * may log no error, and every meeting ends with all its participants and a fresh reader on the
 * same state holding every keystroke.
 */
const minutes = testSetting("CHAOS_SOAK_MINUTES", positiveNumber(), 10);
const connections = testSetting("CHAOS_SOAK_CONNECTIONS", wholeNumber(10), 1000);
const typingHz = testSetting("CHAOS_SOAK_TYPING_HZ", positiveNumber(), 2);
const PER_MEETING = 10;
const SENTENCE = 30;
const durationMs = minutes * 60_000;
// A fifth of the run, between one and two minutes, and never more than half of a short run.
const warmupMs = Math.min(durationMs / 2, Math.max(60_000, Math.min(120_000, durationMs / 5)));
const SAMPLE_MS = 5_000;

const dataDir = makeDataDir();
let seeded: SeededServer | undefined;
afterAll(() => {
  seeded?.server.process.kill("SIGKILL");
  removeDataDir(dataDir);
});

const median = (values: number[]) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : Number.NaN;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

describe("soak", () => {
  it(`${connections} connections typing for ${minutes} min: bounded memory, no errors, nothing lost`, {
    // The run itself, the joining (in waves of a hundred) and the checks afterwards, which grow
    // with the connections as the run grows with its minutes.
    timeout: durationMs + 300_000 + connections * 300,
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

    // The heap and external memory beside the RSS tell content that grows from memory that is
    // merely not yet returned to the system.
    const heap = async () => {
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const read = (name: string) => Number(new RegExp(`^samplan_nodejs_${name} (\\d+)`, "m").exec(metrics)?.[1] ?? 0);
      return {
        used: read("heap_size_used_bytes"),
        total: read("heap_size_total_bytes"),
        external: read("external_memory_bytes"),
      };
    };
    const samples: { at: number; rss: number; heap: { used: number; total: number; external: number } }[] = [];
    const started = Date.now();
    while (Date.now() - started < durationMs) {
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      const rss = processStats(server.process.pid!).rssBytes;
      samples.push({ at: Date.now() - started, rss, heap: await heap() });
      const dropped = participants.flat().filter((p) => p.errors.length > 0);
      if (dropped.length > 0) break;
    }
    clearInterval(typing);
    await new Promise((resolve) => setTimeout(resolve, tickMs + 100));

    // Printed before the checks, so a failed run still shows its figures. The RSS saws: it follows
    // the heap V8 has committed, which grows to a ceiling and is given back when V8 shrinks it,
    // while the heap in use stays flat. Growth is therefore the highest RSS after the warm-up
    // against the highest during it: bounded memory never climbs far above the first ceiling.
    const rssIn = (from: number, to: number) =>
      samples.filter((sample) => sample.at >= from && sample.at < to).map((sample) => sample.rss);
    const warmPeak = Math.max(...rssIn(0, warmupMs));
    const peak = Math.max(...rssIn(warmupMs, Number.POSITIVE_INFINITY));
    const growth = peak / warmPeak - 1;
    // The heap in use, as medians over the minute after the warm-up and the last minute, is the
    // leak indicator beside it.
    const windowMs = Math.min(60_000, durationMs / 5);
    const usedIn = (from: number, to: number) =>
      median(samples.filter((sample) => sample.at >= from && sample.at < to).map((sample) => sample.heap.used));
    const keystrokes = typed.reduce((sum, n) => sum + n, 0);
    console.log(
      `soak: ${connections} connections in ${meetings.length} meetings for ${minutes} min, ${keystrokes} keystrokes; ` +
        `server RSS peak ${mb(warmPeak)} in the ${warmupMs / 1000} s warm-up, ${mb(peak)} after it ` +
        `(${(growth * 100).toFixed(1)}%), ${mb(median(rssIn(durationMs - windowMs, Number.POSITIVE_INFINITY)))} ` +
        `(median) at the end; heap in use (median) ${mb(usedIn(warmupMs, warmupMs + windowMs))} after the warm-up, ` +
        `${mb(usedIn(durationMs - windowMs, Number.POSITIVE_INFINITY))} at the end`,
    );
    console.log(
      `soak samples (s: RSS/heap used/heap total/external MB): ${samples
        .map(({ at, rss, heap }) =>
          [at / 1000, rss, heap.used, heap.total, heap.external].map((n, k) => (k ? n / 2 ** 20 : n).toFixed(0)),
        )
        .map(([at, ...mbs]) => `${at}:${mbs.join("/")}`)
        .join(" ")}`,
    );

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
      // A fresh token: the ones the participants joined with have expired by now.
      const token = await coordinator.connectionToken(meeting.id);
      const reader = await LightParticipant.join(url, meeting.documentName, token, createMeetingDocument());
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

    console.log(`soak: 0 connections dropped, 0 server errors, every meeting converged, 0 edits lost`);
    expect(growth).toBeLessThanOrEqual(0.1);

    server.process.kill("SIGTERM");
    await exited(server.process);
  });
});
