import net from "node:net";
import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import { afterEach, describe, expect, inject, it } from "vitest";
import { OutboxRepository, type OutboxRow } from "../storage/OutboxRepository.ts";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { exited, startChildServer } from "../testing/childServer.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { MailCatcher } from "../testing/mailCatcher.ts";
import { type Agent, makeDataDir, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";
import { createDatabase, freePort } from "../testing/throwawayServices.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SECRET = "a-shared-secret-that-is-long-enough-for-the-test";

async function instance(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(makeDataDir(), { SAMPLAN_TOKEN_SECRET: SECRET, ...env });
  cleanups.push(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });
  return server;
}

async function database(url: string): Promise<{ handle: DatabaseHandle; outbox: OutboxRepository }> {
  const handle = await openDatabase({ postgresUrl: url });
  cleanups.push(() => handle.db.destroy());
  return { handle, outbox: new OutboxRepository(handle.db) };
}

/** A case whose roster has two people reminded by e-mail, covered by her consent. */
async function caseWithTwoPeople(coordinator: Agent): Promise<string> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Sara Nielsen" });
  const caseId = created.body.id;
  for (const body of [
    { name: "Sara Nielsen", role: "borger", email: "sara@borger.example" },
    { name: "Jonas Berg", role: "fagperson", organisation: "Jobcenter", email: "jonas@jobcenter.example" },
  ]) {
    expect((await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), body)).status).toBe(201);
  }
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId }), {
    purpose: "Samarbejde om job",
    organisations: ["Jobcenter"],
    givenAt: daysFromNow(-1),
  });
  expect(consent.status).toBe(201);
  return caseId;
}

async function plan(coordinator: Agent, caseId: string, title: string): Promise<Meeting> {
  const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
    title,
    startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

/** Rows of the outbox once `done` holds (checked every 20 ms, up to 15 s). */
async function rowsWhen(read: () => Promise<OutboxRow[]>, done: (rows: OutboxRow[]) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = await read();
    if (done(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`outbox never got there: ${JSON.stringify(rows, null, 1)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the outbox on PostgreSQL, with several instances", () => {
  it("has two instances send each message once", async () => {
    const catcher = await MailCatcher.start();
    cleanups.push(() => catcher.down());
    const url = await createDatabase(inject("postgresUrl"));
    const env = catcher.env({ DATABASE_URL: url, SAMPLAN_OUTBOX_POLL_MS: "50" });
    const first = await instance(env);
    const coordinator = await first.coordinator();
    // Both poll the same outbox every 50 ms; SKIP LOCKED gives each its own rows.
    await instance(env);
    const caseId = await caseWithTwoPeople(coordinator);
    const meetings: Meeting[] = [];
    for (let i = 1; i <= 10; i++) meetings.push(await plan(coordinator, caseId, `Møde ${i}`));

    await catcher.waitForCount(20, 20_000);
    const { outbox } = await database(url);
    const invitations = async () =>
      (await Promise.all(meetings.map((m) => outbox.ofMeeting(m.id))))
        .flat()
        .filter((r) => r.kind === "meeting-invitation");
    await rowsWhen(invitations, (rows) => rows.length === 20 && rows.every((row) => row.status === "sent"));
    // Another round on each finds nothing left to send.
    await first.outbox?.runOnce();
    expect(catcher.received).toHaveLength(20);
    expect(new Set(catcher.received.map((mail) => mail.messageId)).size).toBe(20);
    const perPerson = new Map<string, number>();
    for (const mail of catcher.received) for (const to of mail.to) perPerson.set(to, (perPerson.get(to) ?? 0) + 1);
    expect([...perPerson.values()]).toEqual([10, 10]);
  });

  it("sends a message once when the instance that claimed it is killed before the mail server answered", async () => {
    const catcher = await MailCatcher.start();
    cleanups.push(() => catcher.down());
    // A mail server that accepts the connection and never says a word: the send hangs.
    const silent: net.Socket[] = [];
    const blackHole = net.createServer((socket) => silent.push(socket));
    const blackHolePort = await freePort();
    await new Promise<void>((resolve) => blackHole.listen(blackHolePort, "127.0.0.1", resolve));
    cleanups.push(() => {
      for (const socket of silent) socket.destroy();
      blackHole.close();
    });

    const url = await createDatabase(inject("postgresUrl"));
    // The survivor looks at the outbox only when the test asks it to.
    const survivor = await instance(catcher.env({ DATABASE_URL: url, SAMPLAN_OUTBOX_POLL_MS: "3600000" }));
    const coordinator = await survivor.coordinator();
    const caseId = await caseWithTwoPeople(coordinator);
    const { outbox } = await database(url);

    const dataDir = makeDataDir();
    const doomed = await startChildServer({
      DATABASE_URL: url,
      SAMPLAN_DATA_DIR: dataDir,
      SAMPLAN_TOKEN_SECRET: SECRET,
      SAMPLAN_SMTP_URL: `smtp://127.0.0.1:${blackHolePort}`,
      SAMPLAN_MAIL_FROM: "samplan@kommune.example",
      SAMPLAN_OUTBOX_POLL_MS: "50",
      SAMPLAN_OUTBOX_LEASE_MS: "60000",
    });
    cleanups.push(() => {
      doomed.process.kill("SIGKILL");
      removeDataDir(dataDir);
    });
    const meeting = await plan(coordinator, caseId, "Netværksmøde");
    const invitations = async () => (await outbox.ofMeeting(meeting.id)).filter((r) => r.kind === "meeting-invitation");
    // The doomed instance has claimed both and is waiting for the silent server's greeting.
    const claimed = await rowsWhen(
      invitations,
      (rows) => rows.length === 2 && rows.every((row) => row.claimed_by !== null) && silent.length > 0,
    );
    doomed.process.kill("SIGKILL");
    await exited(doomed.process);

    // While its claim holds, nobody else takes the rows.
    expect(await survivor.outbox?.runOnce()).toBe(0);
    expect(catcher.received).toHaveLength(0);
    // Once the claim has run out, the survivor sends them.
    const lapsed = Math.max(...claimed.map((row) => Date.parse(row.claimed_until ?? ""))) + 1_000;
    await survivor.outbox?.runOnce(new Date(lapsed));
    await catcher.waitForCount(2);
    const rows = await invitations();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["sent", 2],
      ["sent", 2],
    ]);
    await survivor.outbox?.runOnce(new Date(lapsed + 60_000));
    expect(catcher.received).toHaveLength(2);
  });
});
