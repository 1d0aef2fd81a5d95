import path from "node:path";
import type { Meeting } from "@samplan/shared/api";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RawClient } from "../testing/rawClient.ts";
import { type Agent, makeDataDir, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
let meeting: Meeting;
let coordinator: Agent;
let stopped = false;
const dataDir = makeDataDir();

beforeEach(async () => {
  server = await startTestServer(dataDir);
  ({ meeting, coordinator } = await server.createMeeting());
});
afterEach(async () => {
  if (!stopped) await server.close();
  removeDataDir(dataDir);
});

/** One attempt to open the meeting with this token, on a socket of its own. */
async function attempt(token: string): Promise<{ ok: boolean; reason?: string }> {
  const raw = await RawClient.open(server.wsUrl, meeting.documentName);
  try {
    raw.authenticate(token);
    return await raw.authenticated();
  } finally {
    await raw.close();
  }
}

/** The trail as stored, once the server has stopped and written what it held back. */
function storedTrail(): { action: string; case_id: string | null; details: Record<string, unknown> }[] {
  const db = new Database(path.join(dataDir, "samplan.sqlite"), { readonly: true });
  const rows = db.prepare("select action, case_id, details from audit_events order by id").all() as {
    action: string;
    case_id: string | null;
    details: string;
  }[];
  db.close();
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details) }));
}

describe("refused websocket authentications", () => {
  it("go on the case's trail as the first one and then one line with a count, not one line each", async () => {
    const token = await coordinator.connectionToken(meeting.id);
    const forged = `${token.slice(0, -4)}AAAA`;
    for (let i = 0; i < 12; i++) expect(await attempt(forged)).toMatchObject({ ok: false, reason: "token-invalid" });
    await server.close();
    stopped = true;

    const refusals = storedTrail().filter((event) => event.action.startsWith("join-refused"));
    expect(refusals).toEqual([
      expect.objectContaining({
        action: "join-refused",
        case_id: meeting.caseId,
        details: { reason: "token-invalid" },
      }),
      expect.objectContaining({
        action: "join-refused-repeatedly",
        case_id: meeting.caseId,
        details: expect.objectContaining({ count: 11, reasons: { "token-invalid": 11 } }),
      }),
    ]);
  });

  it("from one address are limited: after 30 in a minute even a valid token waits, and says why", async () => {
    const token = await coordinator.connectionToken(meeting.id);
    for (let i = 0; i < 30; i++) expect((await attempt("not a token")).ok).toBe(false);
    expect(await attempt(token)).toEqual({ ok: false, reason: "too-many-attempts" });
  });

  it("do not count against someone who gets in: a valid token after a few mistakes is let in", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt("not a token")).ok).toBe(false);
    expect(await attempt(await coordinator.connectionToken(meeting.id))).toMatchObject({ ok: true });
  });

  it("do not refuse many people behind one address who connect at the same moment", async () => {
    // A jobcentre's network is one address to the server; after a restart every tablet and laptop
    // in its meeting rooms reconnects at once. Only failures count, not attempts still being checked.
    const token = await coordinator.connectionToken(meeting.id);
    const sockets = await Promise.all(
      Array.from({ length: 40 }, () => RawClient.open(server.wsUrl, meeting.documentName)),
    );
    try {
      for (const raw of sockets) raw.authenticate(token);
      const answers = await Promise.all(sockets.map((raw) => raw.authenticated()));
      expect(answers.filter((answer) => !answer.ok)).toEqual([]);
    } finally {
      await Promise.all(sockets.map((raw) => raw.close()));
    }
  });
});
