import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  canonicalJson,
  createMeetingDocument,
  goalText,
  type MeetingContent,
  readMeetingContent,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import * as Y from "yjs";
import { type ChildServer, startChildServer } from "../src/testing/childServer.ts";
import { daysFromNow } from "../src/testing/daysFromNow.ts";
import {
  Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  TEST_PASSWORD,
  waitFor,
} from "../src/testing/testServer.ts";

/**
 * The restore drills' common part (restoreDrill.sqlite.test.ts, restoreDrill.postgres.test.ts):
 * a real Samplan as a child process with one case, one meeting closed with its minutes approved
 * and two meetings open; typists in the open ones whose acknowledged keystrokes are counted; and
 * what a coordinator sees of every meeting, to compare the source with the restored copy.
 */
export interface DrillSource {
  server: ChildServer;
  coordinator: Agent;
  approved: Meeting;
  open: Meeting[];
}

interface Meeting {
  id: string;
  documentName: string;
}

export async function startDrillSource(env: Record<string, string>, dataDir: string): Promise<DrillSource> {
  const server = await startChildServer({ SAMPLAN_DATA_DIR: dataDir, ...env });
  try {
    return await seed(server, dataDir);
  } catch (error) {
    // The test never gets hold of a server whose seeding failed: it must not outlive the run.
    server.process.kill("SIGKILL");
    throw error;
  }
}

async function seed(server: ChildServer, dataDir: string): Promise<DrillSource> {
  const coordinator = new Agent(server.url);
  const setupCode = fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
  await coordinator.request("POST", pathOf(apiRoutes.setup), {
    setupCode,
    username: "karin",
    displayName: "Karin",
    password: TEST_PASSWORD,
  });
  const kase = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Borger" });
  const meetings: Meeting[] = [];
  for (const [title, days] of [
    ["Sidste møde", -14],
    ["Dette møde", 0],
    ["Andet møde i dag", 0],
  ] as const) {
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: kase.body.id }), {
      title,
      startsAt: `${daysFromNow(days)}T08:00:00Z`,
    });
    if (answer.status !== 201) throw new Error(`could not create a meeting: ${JSON.stringify(answer.body)}`);
    meetings.push({ id: answer.body.id, documentName: answer.body.documentName });
  }
  const [approved, ...open] = meetings as [Meeting, ...Meeting[]];

  // The last meeting's plan, written, closed and its minutes approved: the record a restore must keep.
  const writer = await joinMeeting(`${server.url.replace("http", "ws")}/collaboration`, approved.documentName, () =>
    coordinator.connectionToken(approved.id),
  );
  for (const words of ["Jeg vil have et arbejde", "Jeg vil sove bedre"]) {
    const goal = addGoal(writer.doc, { createdBy: "Karin", text: "" });
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(words)]);
    goalText(writer.doc, goal)!.insert(0, [paragraph]);
  }
  await acknowledged(writer);
  writer.provider.destroy();
  for (const step of [apiRoutes.closeMeeting, apiRoutes.approveMinutes]) {
    const answer = await coordinator.request("POST", pathOf(step, { meetingId: approved.id }), {});
    if (answer.status !== 200) {
      // With the server's logged errors: a 500 says no more than "internal".
      const errors = server
        .output()
        .split("\n")
        .filter((line) => line.includes('"level":50'));
      throw new Error(`${step.path}: ${answer.status} ${JSON.stringify(answer.body)}\n${errors.join("\n")}`);
    }
  }
  return { server, coordinator, approved, open };
}

/**
 * Participants typing one numbered keystroke (`k<client>-<n>`) at a time into a goal of their own.
 * The provider sends each as one update and the server acknowledges them in order, once stored
 * (DocumentPersistence): so a typist's first `sent - unacknowledged` keystrokes are stored.
 */
export class Typists {
  private readonly clients: Participant[] = [];
  private readonly goals: GoalId[] = [];
  private readonly sent: number[] = [];
  /** For each typist, when (Date.now()) each of its keystrokes was seen acknowledged, in order. */
  private readonly acknowledgedAt: number[][] = [];
  private timer: NodeJS.Timeout | undefined;

  static async join(source: DrillSource, perMeeting: number): Promise<Typists> {
    const typists = new Typists();
    const wsUrl = `${source.server.url.replace("http", "ws")}/collaboration`;
    for (const meeting of source.open) {
      for (let i = 0; i < perMeeting; i++) {
        const client = await joinMeeting(wsUrl, meeting.documentName, () =>
          source.coordinator.connectionToken(meeting.id),
        );
        typists.goals.push(addGoal(client.doc, { createdBy: `Klient ${typists.clients.length}`, text: "" }));
        await acknowledged(client);
        const index = typists.clients.length;
        typists.clients.push(client);
        typists.sent.push(0);
        typists.acknowledgedAt.push([]);
        client.provider.on("unsyncedChanges", () => typists.noteAcknowledgements(index));
      }
    }
    return typists;
  }

  /** Every `everyMs`, each typist types one keystroke. */
  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.clients.forEach((client, i) => {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(`k${i}-${this.sent[i]}`)]);
        const fragment = goalText(client.doc, this.goals[i]!)!;
        fragment.insert(fragment.length, [paragraph]);
        this.sent[i]! += 1;
      });
    }, everyMs);
  }

  private noteAcknowledgements(i: number): void {
    const times = this.acknowledgedAt[i]!;
    const stored = this.sent[i]! - this.clients[i]!.provider.unsyncedChanges;
    const now = Date.now();
    while (times.length < stored) times.push(now);
  }

  /** The keystrokes seen acknowledged before `time` (Date.now() of any process here), as their texts; all so far without it. */
  acknowledged(time = Number.POSITIVE_INFINITY): Set<string> {
    const texts = new Set<string>();
    this.acknowledgedAt.forEach((times, i) => {
      times.forEach((at, n) => {
        if (at < time) texts.add(`k${i}-${n}`);
      });
    });
    return texts;
  }

  /** Stops typing and waits until the server has acknowledged everything typed. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    await waitFor(() => this.clients.every((client) => !client.provider.hasUnsyncedChanges), 30_000, "every ack");
    return this.sent.reduce((sum, n) => sum + n, 0);
  }

  leave(): void {
    for (const client of this.clients) client.provider.destroy();
  }
}

export interface MeetingSeen {
  content: MeetingContent;
  /** The keystrokes typed into it (`k<client>-<n>`), from its goals' texts. */
  keystrokes: Set<string>;
  /** The approved minutes' hash as the server reports it, and whether it is the SHA-256 of their canonical text. */
  approvedHash: string | null;
  hashVerifies: boolean;
  /** Each Yjs client's clock in the document: how much of each writer's work it holds. */
  clocks: Map<number, number>;
}

/** What the coordinator sees of each meeting: its plan over the websocket, its minutes over HTTP. */
export async function readMeetings(server: ChildServer, coordinator: Agent, meetings: Meeting[]) {
  const seen = new Map<string, MeetingSeen>();
  for (const meeting of meetings) {
    const reader = await joinMeeting(
      `${server.url.replace("http", "ws")}/collaboration`,
      meeting.documentName,
      () => coordinator.connectionToken(meeting.id),
      createMeetingDocument(),
    );
    const content = readMeetingContent(reader.doc);
    const clocks = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
    reader.provider.destroy();
    const minutes = await coordinator.request("GET", pathOf(apiRoutes.minutes, { meetingId: meeting.id }));
    if (minutes.status !== 200) throw new Error(`minutes of ${meeting.id}: ${minutes.status}`);
    const approvedHash: string | null = minutes.body.approved?.contentHash ?? null;
    const recomputed = createHash("sha256").update(canonicalJson(minutes.body.minutes)).digest("hex");
    seen.set(meeting.id, {
      content,
      keystrokes: new Set(JSON.stringify(content.goals).match(/k\d+-\d+/g) ?? []),
      approvedHash,
      hashVerifies: approvedHash === recomputed,
      clocks,
    });
  }
  return seen;
}

/** The same browser on another server: its session cookie, which a restored store still knows. */
export function sameBrowser(coordinator: Agent, server: ChildServer): Agent {
  const agent = new Agent(server.url);
  agent.cookie = coordinator.cookie;
  return agent;
}

/**
 * The restored meetings against the source's after typing stopped: the approved one the same in
 * every way; in the open ones every keystroke acknowledged before the backup began, none never
 * typed, and no writer's clock ahead of the source's (nothing in the restored state that the source never had).
 */
export function compareRestored(
  source: DrillSource,
  atSource: Map<string, MeetingSeen>,
  atRestored: Map<string, MeetingSeen>,
  acknowledgedBefore: Set<string>,
) {
  const approvedThen = atSource.get(source.approved.id)!;
  const approvedNow = atRestored.get(source.approved.id)!;
  const typed = new Set(source.open.flatMap((m) => [...atSource.get(m.id)!.keystrokes]));
  const restored = new Set(source.open.flatMap((m) => [...atRestored.get(m.id)!.keystrokes]));
  const aheadOfSource = source.open.flatMap((m) =>
    [...atRestored.get(m.id)!.clocks]
      .filter(([client, clock]) => clock > (atSource.get(m.id)!.clocks.get(client) ?? 0))
      .map(([client]) => `${m.documentName}: client ${client}`),
  );
  return {
    report: {
      approvedHash: approvedNow.approvedHash === approvedThen.approvedHash ? "the same" : approvedNow.approvedHash,
      approvedHashVerifies: approvedNow.hashVerifies,
      approvedPlan:
        JSON.stringify(approvedNow.content) === JSON.stringify(approvedThen.content) ? "the same" : "changed",
      approvedClocks: [...approvedNow.clocks].sort().join() === [...approvedThen.clocks].sort().join(),
      lost: [...acknowledgedBefore].filter((keystroke) => !restored.has(keystroke)),
      neverTyped: [...restored].filter((keystroke) => !typed.has(keystroke)),
      aheadOfSource,
    },
    restoredKeystrokes: restored.size,
  };
}

/** What compareRestored reports when the restore kept everything it must. */
export const EVERYTHING_KEPT = {
  approvedHash: "the same",
  approvedHashVerifies: true,
  approvedPlan: "the same",
  approvedClocks: true,
  lost: [],
  neverTyped: [],
  aheadOfSource: [],
};
