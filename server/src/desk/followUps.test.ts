import { apiRoutes, type FollowUp, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { MailCatcher } from "../testing/mailCatcher.ts";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

const DAY = 86_400_000;
const KLINIK = "laege@klinik.example";

let catcher: MailCatcher;
let server: TestServer;
let coordinator: Agent;

beforeEach(async () => {
  catcher = await MailCatcher.start();
  server = await startTestServer(undefined, catcher.env({ SAMPLAN_OUTBOX_POLL_MS: "50" }));
  coordinator = await server.coordinator();
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
  await catcher.down();
});

async function createCase(citizenName: string): Promise<string> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function addMember(caseId: string, body: Record<string, unknown>): Promise<string> {
  const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), body);
  expect(added.status).toBe(201);
  return added.body.id;
}

async function planMeeting(caseId: string, title: string, startsAt: Date) {
  const planned = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
    title,
    startsAt: startsAt.toISOString(),
  });
  expect(planned.status).toBe(201);
  return planned.body;
}

async function desk(): Promise<FollowUp[]> {
  const answer = await coordinator.request("GET", pathOf(apiRoutes.deskFollowUps));
  expect(answer.status).toBe(200);
  return answer.body.followUps;
}

/** The desk once `done` holds (the outbox sends every 50 ms), or as it stands after 10 s. */
async function deskWhen(done: (items: FollowUp[]) => boolean): Promise<FollowUp[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = await desk();
    if (done(items) || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const summary = (items: FollowUp[]) => items.map((item) => `${item.kind}: ${item.citizenName}`);

describe("Skal følges op, on the coordinator's desk", () => {
  it("lists consents ending within 30 days, e-mails that never arrived, minutes not approved and cases with no meeting", async () => {
    const sara = await createCase("Sara Nielsen");
    const lis = await addMember(sara, {
      name: "Lis Lund",
      role: "fagperson",
      organisation: "Lægehuset",
      email: KLINIK,
    });
    const consent = (validUntil: string, purpose: string) =>
      coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: sara }), {
        purpose,
        memberIds: [lis],
        givenAt: daysFromNow(-30),
        validUntil,
      });
    expect((await consent(daysFromNow(10), "Samarbejde med lægen")).status).toBe(201);
    expect((await consent(daysFromNow(60), "Samarbejde om job")).status).toBe(201);
    // The clinic's address bounces: her invitation to the next meeting never arrives.
    catcher.refuse(KLINIK);
    await planMeeting(sara, "Netværksmøde", new Date(Date.now() + 5 * DAY));

    // A case whose meeting was held and closed, but the minutes not approved, and none planned since.
    const ali = await createCase("Ali Hassan");
    const held = await planMeeting(ali, "Første møde", new Date(Date.now() - 2 * 60 * 60_000));
    expect((await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: held.id }), {})).status).toBe(
      200,
    );
    // A case with nothing planned at all, and one that is closed: that one needs nothing of her.
    await createCase("Mona Berg");
    const closed = await createCase("Ib Holm");
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.closeCase, { caseId: closed }), { reason: "job" })).status,
    ).toBe(200);

    const items = await deskWhen((found) => found.some((item) => item.kind === "mailUndeliverable"));
    expect(summary(items)).toEqual([
      "consentEnds: Sara Nielsen",
      "mailUndeliverable: Sara Nielsen",
      "minutesNotApproved: Ali Hassan",
      expect.stringMatching(/^noMeetingPlanned: (Ali Hassan|Mona Berg)$/),
      expect.stringMatching(/^noMeetingPlanned: (Ali Hassan|Mona Berg)$/),
    ]);
    expect(items[0]).toMatchObject({ purpose: "Samarbejde med lægen", validUntil: daysFromNow(10), daysLeft: 10 });
    expect(items[1]).toMatchObject({ memberName: "Lis Lund", mail: "meeting-invitation" });
    expect(JSON.stringify(items)).not.toContain(KLINIK);
    expect(items.find((item) => item.citizenName === "Ali Hassan" && item.kind === "noMeetingPlanned")).toMatchObject({
      lastMeetingAt: held.startsAt,
    });
  });
});
