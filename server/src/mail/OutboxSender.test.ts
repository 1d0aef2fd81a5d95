import path from "node:path";
import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep } from "@samplan/shared/model";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCalendarDays, copenhagenTime } from "../storage/calendarDay.ts";
import { OutboxRepository, type OutboxRow } from "../storage/OutboxRepository.ts";
import { type DatabaseHandle, openDatabase } from "../storage/openDatabase.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { MailCatcher } from "../testing/mailCatcher.ts";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  removeDataDir,
  startTestServer,
  type TestServer,
} from "../testing/testServer.ts";

let catcher: MailCatcher;
let server: TestServer;
let coordinator: Agent;
let caseId: string;
let database: DatabaseHandle;
let outbox: OutboxRepository;

const JONAS = "jonas@jobcenter.example";
const SARA = "sara@borger.example";
const LAEGE = "laege@klinik.example";

beforeEach(async () => {
  catcher = await MailCatcher.start();
  server = await startTestServer(
    undefined,
    catcher.env({ SAMPLAN_OUTBOX_POLL_MS: "50", SAMPLAN_MAIL_RETRY_MS: "100" }),
  );
  coordinator = await server.coordinator();
  // A second handle on the same SQLite file, to see the outbox as it stands.
  database = await openDatabase({ sqliteFile: path.join(server.dataDir, "samplan.sqlite") });
  outbox = new OutboxRepository(database.db);
  const created = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Sara Nielsen" });
  caseId = created.body.id;
  const add = (body: Record<string, unknown>) =>
    coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), body).then((answer) => {
      expect(answer.status).toBe(201);
      return answer.body;
    });
  await add({ name: "Sara Nielsen", role: "borger", email: SARA });
  await add({ name: "Jonas Berg", role: "fagperson", organisation: "Jobcenter", email: JONAS });
  // On the roster with an address, but the citizen's consent does not cover her clinic.
  await add({ name: "Lis Lund", role: "fagperson", organisation: "Lægehuset", email: LAEGE });
  // No address: nobody to write to.
  await add({ name: "Ole Ek", role: "fagperson", organisation: "Jobcenter" });
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId }), {
    purpose: "Samarbejde om job",
    organisations: ["Jobcenter"],
    givenAt: daysFromNow(-1),
  });
  expect(consent.status).toBe(201);
});

afterEach(async () => {
  await database.db.destroy();
  await server.close();
  removeDataDir(server.dataDir);
  await catcher.down();
});

async function planMeeting(startsAt: Date, extra: Record<string, unknown> = {}): Promise<Meeting> {
  const answer = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
    title: "Netværksmøde 2",
    startsAt: startsAt.toISOString(),
    ...extra,
  });
  expect(answer.status).toBe(201);
  return answer.body;
}

/** The meeting's outbox rows of one kind, once they satisfy `done` (checked every 20 ms, up to 10 s). */
async function rowsWhen(meetingId: string, kind: string, done: (rows: OutboxRow[]) => boolean): Promise<OutboxRow[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = (await outbox.ofMeeting(meetingId as Meeting["id"])).filter((row) => row.kind === kind);
    if (rows.length > 0 && done(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`outbox rows never got there: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function calendarOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT in the calendar part");
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    summary: event.getFirstPropertyValue("summary"),
    location: event.getFirstPropertyValue("location"),
    status: event.getFirstPropertyValue("status"),
  };
}

describe("meeting invitations", () => {
  it("reach everyone her consent covers who has an address, with a calendar event; a move updates the same event", async () => {
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCSeconds(0, 0);
    const meeting = await planMeeting(startsAt, {
      remoteUrl: "https://video.kommune.example/rum/42",
      place: "Jobcentret, mødelokale 2",
    });
    await catcher.waitForCount(2);
    expect(catcher.received.flatMap((mail) => mail.to).sort()).toEqual([JONAS, SARA]);

    const [jonas] = catcher.to(JONAS);
    expect(jonas?.subject).toMatch(/^Invitation: Netværksmøde 2, \p{L}+ den \d+\. \p{L}+ kl\. \d\d\.\d\d$/u);
    expect(jonas?.text).toContain("Hej Jonas Berg");
    expect(jonas?.text).toContain("Deltag på video: https://video.kommune.example/rum/42");
    expect(jonas?.text).toContain("Sted: Jobcentret, mødelokale 2");
    const event = calendarOf(jonas?.calendar ?? "");
    expect(event).toMatchObject({
      method: "REQUEST",
      uid: `${meeting.id}@samplan`,
      sequence: 0,
      start: startsAt.toISOString(),
      summary: "Netværksmøde 2",
      location: "Jobcentret, mødelokale 2",
    });
    // She is told in her own plain words what the meeting is for.
    expect(catcher.to(SARA)[0]?.text).toContain("Du bestemmer selv, hvad du vil sige");

    const moved = new Date(startsAt.getTime() + 3_600_000);
    const patched = await coordinator.request("PATCH", pathOf(apiRoutes.updateMeeting, { meetingId: meeting.id }), {
      startsAt: moved.toISOString(),
    });
    expect(patched.status).toBe(200);
    expect(patched.body.startsAt).toBe(moved.toISOString());
    await catcher.waitForCount(4);
    const update = catcher.to(JONAS)[1];
    expect(update?.subject).toMatch(/^Ændret: Netværksmøde 2/);
    expect(calendarOf(update?.calendar ?? "")).toMatchObject({
      uid: `${meeting.id}@samplan`,
      sequence: 1,
      start: moved.toISOString(),
    });

    // The trail says to whom on the roster, never the address.
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId }));
    const sent = trail.body.events.filter((event: { action: string }) => event.action === "mail-sent");
    expect(sent).toHaveLength(4);
    expect(JSON.stringify(trail.body)).not.toContain("@");
    expect(trail.body.events.some((event: { action: string }) => event.action === "meeting-updated")).toBe(true);
  });

  it("are cancelled in everyone's calendar when the meeting is, and the meeting is gone from the case", async () => {
    const startsAt = new Date(Date.now() + 4 * 86_400_000);
    startsAt.setUTCSeconds(0, 0);
    const meeting = await planMeeting(startsAt);
    await catcher.waitForCount(2);
    const cancelled = await coordinator.request("POST", pathOf(apiRoutes.cancelMeeting, { meetingId: meeting.id }));
    expect(cancelled.status).toBe(204);
    await catcher.waitForCount(4);
    const cancellation = catcher.to(JONAS)[1];
    expect(cancellation?.subject).toMatch(/^Aflyst: Netværksmøde 2, /);
    expect(cancellation?.text).toContain("er aflyst");
    const event = calendarOf(cancellation?.calendar ?? "");
    expect(event).toMatchObject({ method: "CANCEL", uid: `${meeting.id}@samplan`, sequence: 1, status: "CANCELLED" });
    // The reminder the day before is not sent; the meeting is neither on the case nor to be opened.
    const [tomorrow] = await rowsWhen(meeting.id, "meeting-tomorrow", () => true);
    await server.outbox?.runOnce(new Date(Date.parse(tomorrow?.due_at ?? "") + 60_000));
    const [skipped] = await rowsWhen(meeting.id, "meeting-tomorrow", (rows) =>
      rows.every((r) => r.status !== "pending"),
    );
    expect(skipped).toMatchObject({ status: "skipped", last_error: "meeting cancelled" });
    const kase = await coordinator.request("GET", pathOf(apiRoutes.case, { caseId }));
    expect(kase.body.meetings.map((m: { id: string }) => m.id)).not.toContain(meeting.id);
    expect((await coordinator.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).status).toBe(404);
    expect((await coordinator.request("POST", pathOf(apiRoutes.cancelMeeting, { meetingId: meeting.id }))).status).toBe(
      404,
    );
    const begun = await planMeeting(new Date(Date.now() - 60_000));
    expect((await coordinator.request("POST", pathOf(apiRoutes.cancelMeeting, { meetingId: begun.id }))).status).toBe(
      409,
    );
  });

  it("are in English for someone who chose it, dates and all", async () => {
    const roster = await coordinator.request("GET", pathOf(apiRoutes.members, { caseId }));
    const jonas = roster.body.members.find((member: { name: string }) => member.name === "Jonas Berg");
    const changed = await coordinator.request("PATCH", pathOf(apiRoutes.updateMember, { caseId, memberId: jonas.id }), {
      language: "en",
    });
    expect(changed.body.language).toBe("en");
    await planMeeting(new Date(Date.now() + 3 * 86_400_000), { remoteUrl: "https://video.kommune.example/rum/7" });
    await catcher.waitForCount(2);
    const [english] = catcher.to(JONAS);
    expect(english?.subject).toMatch(/^Invitation: Netværksmøde 2, \p{L}+day \d+ \p{L}+ at \d\d:\d\d$/u);
    expect(english?.text).toContain("Hello Jonas Berg");
    expect(english?.text).toContain("Join by video: https://video.kommune.example/rum/7");
    expect(catcher.to(SARA)[0]?.text).toContain("Hej Sara Nielsen");
    const bad = await coordinator.request("PATCH", pathOf(apiRoutes.updateMember, { caseId, memberId: jonas.id }), {
      language: "klingon",
    });
    expect(bad.status).toBe(400);
  });

  it("refuses a video link that is not https, and a change to a closed meeting", async () => {
    const startsAt = new Date(Date.now() + 86_400_000 * 2);
    const refused = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Møde",
      startsAt: startsAt.toISOString(),
      remoteUrl: "javascript:alert(1)",
    });
    expect(refused.status).toBe(400);
    const sneaky = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Møde",
      startsAt: startsAt.toISOString(),
      remoteUrl: "https://video.kommune.example@evil.example/",
    });
    expect(sneaky.status).toBe(400);
    const meeting = await planMeeting(new Date(Date.now() - 60_000));
    expect((await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }))).status).toBe(
      200,
    );
    const late = await coordinator.request("PATCH", pathOf(apiRoutes.updateMeeting, { meetingId: meeting.id }), {
      title: "Nyt navn",
    });
    expect(late.status).toBe(409);
  });

  it("are not lost while the mail server is down, and arrive once when it is back", async () => {
    await catcher.down();
    const meeting = await planMeeting(new Date(Date.now() + 3 * 86_400_000));
    // Tried and put back at least twice while nobody answers.
    await rowsWhen(meeting.id, "meeting-invitation", (rows) =>
      rows.every((row) => row.attempts >= 2 && row.status === "pending" && row.last_error !== null),
    );
    expect(catcher.received).toHaveLength(0);
    await catcher.up();
    await catcher.waitForCount(2);
    await rowsWhen(meeting.id, "meeting-invitation", (rows) => rows.every((row) => row.status === "sent"));
    await server.outbox?.runOnce();
    expect(catcher.received).toHaveLength(2);
    expect(new Set(catcher.received.map((mail) => mail.messageId)).size).toBe(2);
  });
});

describe("step reminders", () => {
  /** A live meeting where Jonas takes a step due in five days, and the coordinator closes it. */
  async function agreeAStep(owner = "Jonas Berg"): Promise<{ meeting: Meeting; due: string; stepId: string }> {
    const meeting = await planMeeting(new Date(Date.now() - 60 * 60_000));
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, await coordinator.connectionToken(meeting.id));
    const goalId = addGoal(karin.doc, {
      createdBy: "Karin Holm",
      createdByRole: "koordinator",
      text: "Arbejde med dyr",
    });
    const due = daysFromNow(5);
    const stepId = addNextStep(karin.doc, {
      createdBy: "Karin Holm",
      createdByRole: "koordinator",
      text: "Ringe til gården om praktik",
      owner,
      dueDate: due,
      goalId,
    });
    await acknowledged(karin);
    karin.provider.destroy();
    const closed = await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id }));
    expect(closed.status).toBe(200);
    return { meeting, due, stepId };
  }

  it("go out three days before the deadline with a one-tap link that names nothing of the plan, and not after she answered Gjort", async () => {
    const { meeting, due } = await agreeAStep();
    const rows = await rowsWhen(meeting.id, "step-due-soon", () => true);
    expect(rows[0]?.due_at).toBe(copenhagenTime(addCalendarDays(due, -3), 8).toISOString());
    const overdueRow = (await rowsWhen(meeting.id, "step-overdue", () => true))[0];
    expect(overdueRow?.due_at).toBe(copenhagenTime(addCalendarDays(due, 1), 8).toISOString());

    // Time passes: the morning three days before.
    const before = catcher.received.length;
    await server.outbox?.runOnce(new Date(Date.parse(rows[0]?.due_at ?? "") + 60_000));
    await catcher.waitForCount(before + 1);
    const reminder = catcher.to(JONAS).at(-1);
    expect(reminder?.subject).toMatch(/^Påmindelse: et skridt skal være gjort den \d+\. \p{L}+$/u);
    expect(reminder?.text).toContain('På netværksmødet "Netværksmøde 2"');
    // Nothing of the plan: not the step's words, not the goal, not her name.
    expect(reminder?.text).not.toContain("gården");
    expect(reminder?.text).not.toContain("dyr");
    expect(reminder?.text).not.toContain("Sara");
    const secret = reminder?.text.match(/\/skridt#([\w-]+)/)?.[1];
    expect(secret).toBeTruthy();

    const owner = server.agent();
    const opened = await owner.request("POST", pathOf(apiRoutes.openStepLink), { secret });
    expect(opened.status).toBe(200);
    expect(opened.body.step.text).toBe("Ringe til gården om praktik");
    const answered = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret,
      answer: "done",
      note: "Aftalt med gården",
      happenedOn: daysFromNow(0),
    });
    expect(answered.status).toBe(201);

    // The day after the deadline: done already, so no "Hvordan går det?".
    const after = catcher.received.length;
    await server.outbox?.runOnce(new Date(Date.parse(overdueRow?.due_at ?? "") + 60_000));
    const [overdue] = await rowsWhen(meeting.id, "step-overdue", (found) => found[0]?.status !== "pending");
    expect(overdue).toMatchObject({ status: "skipped", last_error: "owner answered done" });
    expect(catcher.received).toHaveLength(after);
  });

  it("that the mail server refuses are shown on the step for the coordinator, and hold nothing else up", async () => {
    catcher.refuse(JONAS);
    const { meeting, stepId } = await agreeAStep();
    const [row] = await rowsWhen(meeting.id, "step-due-soon", () => true);
    const before = catcher.received.length;
    await server.outbox?.runOnce(new Date(Date.parse(row?.due_at ?? "") + 60_000));
    const [failed] = await rowsWhen(meeting.id, "step-due-soon", (found) => found[0]?.status !== "pending");
    expect(failed).toMatchObject({ status: "failed", last_error: "refused: 550" });
    expect(catcher.received).toHaveLength(before);
    const steps = await coordinator.request("GET", pathOf(apiRoutes.steps, { caseId }));
    expect(steps.body.steps.find((step: { stepId: string }) => step.stepId === stepId)).toMatchObject({
      mailUndelivered: true,
    });
    // Sara's invitation to a later meeting still goes out.
    await planMeeting(new Date(Date.now() + 2 * 86_400_000));
    await catcher.waitForCount(before + 1);
    expect(catcher.received.at(-1)?.to).toEqual([SARA]);
  });

  it("are not written for someone who chose no reminders", async () => {
    const roster = await coordinator.request("GET", pathOf(apiRoutes.members, { caseId }));
    const jonas = roster.body.members.find((member: { name: string }) => member.name === "Jonas Berg");
    const changed = await coordinator.request("PATCH", pathOf(apiRoutes.updateMember, { caseId, memberId: jonas.id }), {
      reminders: "none",
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email: JONAS, reminders: "none" });
    const { meeting } = await agreeAStep();
    expect((await outbox.ofMeeting(meeting.id)).filter((row) => row.step_id !== null)).toEqual([]);
  });

  it("stop when the owner says so from the link, and start again when they ask", async () => {
    const { meeting } = await agreeAStep();
    const [soon] = await rowsWhen(meeting.id, "step-due-soon", () => true);
    const before = catcher.received.length;
    await server.outbox?.runOnce(new Date(Date.parse(soon?.due_at ?? "") + 60_000));
    await catcher.waitForCount(before + 1);
    const secret = catcher
      .to(JONAS)
      .at(-1)
      ?.text.match(/\/skridt#([\w-]+)/)?.[1];
    const owner = server.agent();
    const opened = await owner.request("POST", pathOf(apiRoutes.openStepLink), { secret });
    // Whether there is an address, never which: anyone holding the link sees this page.
    expect(opened.body.reminders).toEqual({ hasEmail: true, channel: "email" });
    expect(JSON.stringify(opened.body)).not.toContain(JONAS);

    const stopped = await owner.request("POST", pathOf(apiRoutes.chooseReminders), { secret, reminders: "none" });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ hasEmail: true, channel: "none" });
    const [overdue] = await rowsWhen(meeting.id, "step-overdue", () => true);
    await server.outbox?.runOnce(new Date(Date.parse(overdue?.due_at ?? "") + 60_000));
    const [skipped] = await rowsWhen(meeting.id, "step-overdue", (found) => found[0]?.status !== "pending");
    expect(skipped).toMatchObject({ status: "skipped", last_error: "no e-mail reminders now" });
    expect(catcher.received).toHaveLength(before + 1);

    const roster = await coordinator.request("GET", pathOf(apiRoutes.members, { caseId }));
    expect(roster.body.members.find((m: { name: string }) => m.name === "Jonas Berg").reminders).toBe("none");
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId }));
    expect(trail.body.events).toContainEqual(
      expect.objectContaining({
        action: "reminders-chosen",
        actor: "Jonas Berg",
        details: expect.objectContaining({ reminders: "none" }),
      }),
    );
    const again = await owner.request("POST", pathOf(apiRoutes.chooseReminders), { secret, reminders: "email" });
    expect(again.body).toEqual({ hasEmail: true, channel: "email" });
    const bad = await owner.request("POST", pathOf(apiRoutes.chooseReminders), { secret, reminders: "sms" });
    expect(bad.status).toBe(400);
  });
});
