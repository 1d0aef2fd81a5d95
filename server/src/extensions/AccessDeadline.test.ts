import path from "node:path";
import type { Meeting } from "@samplan/shared/api";
import { addGoal, readMeetingContent } from "@samplan/shared/model";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  acknowledged,
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
} from "../testing/testServer.ts";

let server: TestServer;
let meeting: Meeting;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  server = await startTestServer();
  ({ meeting } = await server.createMeeting());
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server.close();
  removeDataDir(server.dataDir);
});

async function join(token: string): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, token);
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

/** Edit the database as time would: what a guest came in by ends a moment from now. */
function endsSoon(table: "sessions" | "invitations", column: string, id: string, inMs: number) {
  const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
  db.prepare(`update ${table} set expires_at = ? where ${column} = ?`).run(
    new Date(Date.now() + inMs).toISOString(),
    id,
  );
  db.close();
}

async function storedGoals(): Promise<string[]> {
  const stored = new Y.Doc();
  for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(stored, update);
  return readMeetingContent(stored).goals.map((goal) => goal.text);
}

describe("access that runs out while connected", () => {
  it("closes a guest's connection when their session runs out, though nobody did anything, and stores nothing sent after", async () => {
    const psychologist = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await psychologist.agent.connectionToken(meeting.id);
    // The session runs out 3 s from now: being let in takes a fraction of that even on a busy machine.
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
    const sessionIds = db
      .prepare("select id_hash from sessions where invitation_id = ?")
      .all(psychologist.invitationId);
    db.close();
    for (const { id_hash } of sessionIds as { id_hash: string }[]) endsSoon("sessions", "id_hash", id_hash, 3_000);
    const live = await join(token);
    addGoal(live.doc, { createdBy: "Peter Lund", text: "Før sessionen sluttede" });
    await acknowledged(live);

    await new Promise((resolve) => live.provider.on("close", resolve));
    addGoal(live.doc, { createdBy: "Peter Lund", text: "Efter sessionen sluttede" });
    await expect(join(token)).rejects.toThrow("refused: session-ended");
    expect(await storedGoals()).toEqual(["Før sessionen sluttede"]);
  });

  it("closes a guest's connection when their invitation runs out while they are in the meeting", async () => {
    const relative = await server.invite(meeting, { name: "Mor", role: "observatoer" });
    const token = await relative.agent.connectionToken(meeting.id);
    endsSoon("invitations", "id", relative.invitationId, 3_000);
    const live = await join(token);
    await new Promise((resolve) => live.provider.on("close", resolve));
    await expect(join(token)).rejects.toThrow("refused: invitation-expired");
  });
});
