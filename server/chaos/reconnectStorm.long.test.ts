import { addGoal, createMeetingDocument, goalText, readMeetingContent } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { z } from "zod";
import { exited } from "../src/testing/childServer.ts";
import { joinMeeting, makeDataDir, type Participant, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import { positiveNumber, testSetting, wholeNumber } from "../src/testing/testSetting.ts";
import { type SeededServer, startSeededServer } from "./seededServer.ts";

/**
 * Reconnect storm: CHAOS_STORM_CLIENTS (500) real HocuspocusProviders in meetings of ten, each
 * fetching a fresh token over HTTP on every connect as the web client does. The server restarts
 * (CHAOS_STORM_SIGNAL, SIGTERM by default, then a new process on the same port and data
 * directory); while it is down two participants of every meeting type. Within
 * CHAOS_STORM_SECONDS (10) of the new process listening, every client has reconnected and holds
 * the same state as the server: everyone's state vector equals a fresh reader's, and the offline
 * edits are in it.
 */
const clientCount = testSetting("CHAOS_STORM_CLIENTS", wholeNumber(1), 500);
const budgetSeconds = testSetting("CHAOS_STORM_SECONDS", positiveNumber(), 10);
// A deploy stops the server with SIGTERM; CHAOS_STORM_SIGNAL=SIGKILL makes it a crash.
const signal = testSetting("CHAOS_STORM_SIGNAL", z.enum(["SIGTERM", "SIGKILL"]), "SIGTERM");
const PER_MEETING = 10;
// Joining in waves, the waits for sync (up to a minute each) and the budget itself: the limit grows
// with the clients and the budget rather than being one fixed figure.
const timeoutMs = 450_000 + clientCount * 300 + budgetSeconds * 1000;

const dataDir = makeDataDir();
let seeded: SeededServer | undefined;
const rooms: Participant[][] = [];
afterAll(() => {
  for (const client of rooms.flat()) client.provider.destroy();
  seeded?.server.process.kill("SIGKILL");
  removeDataDir(dataDir);
});

describe("reconnect storm", () => {
  it(`${clientCount} clients are all synced within ${budgetSeconds} s of a restart after ${signal}`, {
    timeout: timeoutMs,
  }, async () => {
    seeded = await startSeededServer(dataDir, Math.ceil(clientCount / PER_MEETING));
    const { coordinator } = seeded;
    const url = `ws://127.0.0.1:${seeded.server.port}/collaboration`;
    const tokenFor = (meetingId: string) => async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await coordinator.connectionToken(meetingId);
        } catch (error) {
          if (attempt > 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };
    const joining = seeded.meetings
      .flatMap((meeting, m) => Array.from({ length: PER_MEETING }, () => ({ meeting, m })))
      .slice(0, clientCount);
    for (const _ of seeded.meetings) rooms.push([]);
    for (let i = 0; i < joining.length; i += 50) {
      await Promise.all(
        joining.slice(i, i + 50).map(async ({ meeting, m }) => {
          rooms[m]!.push(await joinMeeting(url, meeting.documentName, tokenFor(meeting.id), createMeetingDocument()));
        }),
      );
    }
    const goals: GoalId[] = rooms.map((room) => addGoal(room[0]!.doc, { createdBy: "Karin", text: "Før" }));
    await waitFor(
      () => rooms.every((room, m) => room.every((client) => goalText(client.doc, goals[m]!))),
      60_000,
      "every client to see its meeting's goal",
    );

    const stoppedAt = Date.now();
    seeded.server.process.kill(signal);
    await exited(seeded.server.process);
    // While the server is down, two people in every meeting go on typing.
    for (const [m, room] of rooms.entries()) {
      for (const client of room.slice(1, 3)) {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(`offline ${client.doc.clientID}`)]);
        goalText(client.doc, goals[m]!)!.push([paragraph]);
      }
    }
    await seeded.restart();
    const listeningAt = Date.now();

    const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("hex");
    // Every edit made offline has to travel through the server to every other client, so equal
    // state vectors within a meeting mean everyone there has reconnected and synced.
    await waitFor(
      () =>
        rooms.every((room) =>
          room.every(
            (client) =>
              client.provider.isSynced &&
              !client.provider.hasUnsyncedChanges &&
              vector(client.doc) === vector(room[0]!.doc),
          ),
        ),
      60_000,
      "every client to reconnect and sync",
    );
    const syncedAt = Date.now();

    // Nobody edits any more, so a fresh reader shows what the server held at that moment.
    for (const [m, meeting] of seeded.meetings.entries()) {
      const reader = await joinMeeting(url, meeting.documentName, tokenFor(meeting.id), createMeetingDocument());
      const expected = readMeetingContent(reader.doc);
      for (const client of rooms[m]!) {
        expect(vector(client.doc)).toBe(vector(reader.doc));
        expect(readMeetingContent(client.doc)).toEqual(expected);
      }
      for (const client of rooms[m]!.slice(1, 3))
        expect(expected.goals[0]!.text).toContain(`offline ${client.doc.clientID}`);
      reader.provider.destroy();
    }
    const seconds = (syncedAt - listeningAt) / 1000;
    console.log(
      `reconnect storm: ${clientCount} clients, server down ${((listeningAt - stoppedAt) / 1000).toFixed(1)} s ` +
        `(${signal} to listening again), all synced ${seconds.toFixed(1)} s after it listened ` +
        `(${((syncedAt - stoppedAt) / 1000).toFixed(1)} s after the stop); 0 edits lost`,
    );
    expect(seconds).toBeLessThanOrEqual(budgetSeconds);
  });
});
