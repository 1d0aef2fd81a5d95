import path from "node:path";
import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  listProgressObservations,
  plainText,
  progressObservationText,
  updateProgressObservation,
} from "@samplan/shared/model";
import Database from "better-sqlite3";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, joinMeeting, waitFor } from "../testing/testServer.ts";

useMeetingServer();

let stepId: string;

beforeEach(async () => {
  const jonas = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
    name: "Jonas Berg",
    role: "fagperson",
    organisation: "Jobcenter",
  });
  expect(jonas.status).toBe(201);
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Samarbejde om job",
    organisations: ["Jobcenter"],
    givenAt: daysFromNow(-1),
  });
  expect(consent.status).toBe(201);
  const karin = await joinMeeting(server.wsUrl, meeting.documentName, await coordinator.connectionToken(meeting.id));
  const goalId = addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Arbejde med dyr" });
  stepId = addNextStep(karin.doc, {
    createdBy: "Karin Holm",
    createdByRole: "koordinator",
    text: "Ringe til gården om praktik",
    owner: "Jonas Berg",
    dueDate: daysFromNow(7),
    goalId,
  });
  await acknowledged(karin);
  // Leaving stores the document at once, so the link below reads the step from storage.
  karin.provider.destroy();
});

/** The coordinator's request for a link, retried until the plan she wrote has been stored. */
async function makeLink(body: Record<string, unknown> = { stepId }) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createStepLink, { meetingId: meeting.id }), body);
    if (answer.status !== 404 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const secretOf = (answer: { body: { path: string } }) => answer.body.path.slice("/skridt#".length);

describe("a step's owner answers between meetings from a personal link", () => {
  it("opens that one step without signing in, answers Gjort, and the coordinator sees it on the steps", async () => {
    const made = await makeLink();
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ ownerName: "Jonas Berg", path: expect.stringMatching(/^\/skridt#.{40,}$/) });
    const owner = server.agent();
    const opened = await owner.request("POST", pathOf(apiRoutes.openStepLink), { secret: secretOf(made) });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      ownerName: "Jonas Berg",
      meetingTitle: "Netværksmøde",
      step: { text: "Ringe til gården om praktik", dueDate: daysFromNow(7), goal: "Arbejde med dyr" },
      updates: [],
    });
    expect(owner.cookie).toBeUndefined();

    const answered = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "done",
      note: "Hun ringede selv i mandags",
      happenedOn: daysFromNow(-1),
      writtenBy: "Someone Else",
    });
    // A client cannot say who wrote it: the body is strict, and the server names the link's owner.
    expect(answered.status).toBe(400);
    expect(answered.body.error.message).toContain("writtenBy");
    const answer = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "done",
      note: "Hun ringede selv i mandags",
      happenedOn: daysFromNow(-1),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ answer: "done", writtenBy: "Jonas Berg", writtenByRole: "fagperson" });

    const steps = await coordinator.request("GET", pathOf(apiRoutes.steps, { caseId: meeting.caseId }));
    expect(steps.body.steps).toEqual([
      expect.objectContaining({
        stepId,
        latestUpdate: expect.objectContaining({ answer: "done", note: "Hun ringede selv i mandags" }),
      }),
    ]);
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }));
    const actions = trail.body.events.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["step-link-created", "step-answered"]));
    // The trail says that she answered and which way, never her words.
    expect(JSON.stringify(trail.body)).not.toContain("ringede");
  });

  it("a withdrawn, run-out or made-up link opens nothing and changes nothing", async () => {
    const made = await makeLink();
    const owner = server.agent();
    const withdrawn = await coordinator.request(
      "DELETE",
      pathOf(apiRoutes.revokeStepLink, { caseId: meeting.caseId, linkId: made.body.id }),
    );
    expect(withdrawn.status).toBe(204);
    const afterRevoke = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "done",
    });
    expect(afterRevoke).toMatchObject({ status: 403, body: { error: { code: "step_link_revoked" } } });

    const second = await makeLink();
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
    db.prepare("update step_links set expires_at = ? where id = ?").run(
      new Date(Date.now() - 1000).toISOString(),
      second.body.id,
    );
    db.close();
    const afterExpiry = await owner.request("POST", pathOf(apiRoutes.openStepLink), { secret: secretOf(second) });
    expect(afterExpiry).toMatchObject({ status: 403, body: { error: { code: "step_link_expired" } } });

    const forged = await owner.request("POST", pathOf(apiRoutes.openStepLink), { secret: "x".repeat(43) });
    expect(forged).toMatchObject({ status: 404, body: { error: { code: "step_link_invalid" } } });

    const steps = await coordinator.request("GET", pathOf(apiRoutes.steps, { caseId: meeting.caseId }));
    expect(steps.body.steps[0].latestUpdate).toBeNull();
  });

  it("is made only for someone on the roster whom the consent covers, and stops when it no longer does", async () => {
    const ghost = await coordinator.request("POST", pathOf(apiRoutes.createStepLink, { meetingId: meeting.id }), {
      stepId: crypto.randomUUID(),
    });
    expect(ghost.status).toBe(404);
    const made = await makeLink();
    const consents = await coordinator.request("GET", pathOf(apiRoutes.consents, { caseId: meeting.caseId }));
    const consentId = consents.body.consents[0].id;
    expect((await coordinator.request("POST", pathOf(apiRoutes.withdrawConsent, { consentId }))).status).toBe(200);
    const refused = await server.agent().request("POST", pathOf(apiRoutes.openStepLink), { secret: secretOf(made) });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "consent_required" } } });
    const again = await makeLink();
    expect(again).toMatchObject({ status: 409, body: { error: { code: "consent_required" } } });
  });

  it("refuses an answer that is not one of the four, or too long, saying which field", async () => {
    const made = await makeLink();
    const owner = server.agent();
    const wrong = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "maybe",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["answer"]);
    const long = await owner.request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "underway",
      note: "ord ".repeat(200),
    });
    expect(long.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(["note"]);
  });

  it("goes with the case: the export holds the answer, and deleting the case leaves no link or answer", async () => {
    const made = await makeLink();
    const secret = secretOf(made);
    await server
      .agent()
      .request("POST", pathOf(apiRoutes.answerStep), { secret, answer: "stuck", note: "Bussen kørte ikke" });
    const exported = await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }));
    expect(exported.body.stepUpdates).toEqual([
      expect.objectContaining({
        step_id: stepId,
        written_by: "Jonas Berg",
        answer: "stuck",
        note: "Bussen kørte ikke",
      }),
    ]);
    expect((await coordinator.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }))).status).toBe(
      204,
    );
    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const left = db
      .prepare("select (select count(*) from step_links) + (select count(*) from step_updates) as n")
      .get();
    db.close();
    expect(left).toEqual({ n: 0 });
    const gone = await server.agent().request("POST", pathOf(apiRoutes.openStepLink), { secret });
    expect(gone).toMatchObject({ status: 404, body: { error: { code: "step_link_invalid" } } });
  });

  /** The next meeting, a week after the first: the plan carries the open step over for review. */
  async function planNextMeeting(): Promise<Meeting> {
    const startsAt = new Date(Date.parse(meeting.startsAt) + 7 * 86_400_000).toISOString();
    const next = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Opfølgning",
      startsAt,
    });
    expect(next.status).toBe(201);
    return next.body;
  }

  const reviewIn = (doc: Parameters<typeof listProgressObservations>[0]) =>
    listProgressObservations(doc).find((observation) => observation.review?.stepId === stepId);

  it("an answer given before the next meeting is planned fills in its review there, in the owner's words and name", async () => {
    const made = await makeLink();
    const answer = {
      secret: secretOf(made),
      answer: "underway",
      note: "Hun har ringet én gang",
      happenedOn: daysFromNow(-2),
    };
    expect((await server.agent().request("POST", pathOf(apiRoutes.answerStep), answer)).status).toBe(201);
    const next = await planNextMeeting();
    const karin = await joinMeeting(server.wsUrl, next.documentName, await coordinator.connectionToken(next.id));
    const review = reviewIn(karin.doc);
    // "I gang" suggests "partly"; the meeting may still judge otherwise.
    expect(review).toMatchObject({ outcome: "partly", observedBy: "Jonas Berg", happenedOn: daysFromNow(-2) });
    expect(plainText(progressObservationText(karin.doc, review!.id)!)).toBe("Hun har ringet én gang");
    karin.provider.destroy();

    // Who wrote what, as the record keeps it: the words are the owner's, by the server's word.
    expect((await coordinator.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: next.id }), {})).status).toBe(
      200,
    );
    const version = await coordinator.request("GET", pathOf(apiRoutes.version, { meetingId: next.id, number: 1 }));
    const runs = version.body.attribution.progress[0].runs;
    expect(runs).toEqual([
      expect.objectContaining({
        text: "Hun har ringet én gang",
        author: expect.objectContaining({ name: "Jonas Berg" }),
      }),
    ]);
  });

  it("an answer given after the next meeting was planned reaches its review at once, for whoever has it open", async () => {
    const next = await planNextMeeting();
    const karin = await joinMeeting(server.wsUrl, next.documentName, await coordinator.connectionToken(next.id));
    expect(reviewIn(karin.doc)).toMatchObject({ outcome: null });
    const made = await makeLink();
    await server.agent().request("POST", pathOf(apiRoutes.answerStep), {
      secret: secretOf(made),
      answer: "done",
      note: "Praktikken er aftalt",
    });
    await waitFor(() => reviewIn(karin.doc)?.outcome === "done", 5_000, "the answer in the open plan");
    expect(plainText(progressObservationText(karin.doc, reviewIn(karin.doc)!.id)!)).toBe("Praktikken er aftalt");
    // What the network has judged at the table is not overwritten by a later answer.
    updateProgressObservation(karin.doc, reviewIn(karin.doc)!.id, { outcome: "notYet" });
    await acknowledged(karin);
    await server.agent().request("POST", pathOf(apiRoutes.answerStep), { secret: secretOf(made), answer: "done" });
    expect(reviewIn(karin.doc)?.outcome).toBe("notYet");
    karin.provider.destroy();
  });
});

describe("a step's owner subscribes to their deadlines as a calendar", () => {
  it("gets a secret address whose calendar has each open deadline of theirs and nothing of the plan; a new one replaces it", async () => {
    const made = await makeLink();
    const owner = server.agent();
    const feed = await owner.request("POST", pathOf(apiRoutes.createCalendarFeed), { secret: secretOf(made) });
    expect(feed.status).toBe(201);
    expect(feed.body.path).toMatch(/^\/api\/calendar\/[\w-]{43}\.ics$/);

    // A calendar program asks with nothing but the address: no session, no body.
    const response = await fetch(`${server.url}${feed.body.path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(1);
    const start = events[0]?.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(daysFromNow(7));
    expect(events[0]?.getFirstPropertyValue("summary")).toBe("Frist: skridt fra Netværksmøde");
    expect(text).not.toContain("gården");
    expect(text).not.toContain("dyr");
    expect(text).not.toContain("Test Borger");

    const again = await owner.request("POST", pathOf(apiRoutes.createCalendarFeed), { secret: secretOf(made) });
    expect((await fetch(`${server.url}${feed.body.path}`)).status).toBe(404);
    expect((await fetch(`${server.url}${again.body.path}`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/calendar/not-a-calendar.ics`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/calendar/${"x".repeat(43)}.ics`)).status).toBe(404);
    const trail = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }));
    expect(trail.body.events.filter((e: { action: string }) => e.action === "calendar-feed-created")).toHaveLength(2);

    // Off the roster, the address opens nothing.
    const jonas = (
      await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))
    ).body.members.find((member: { name: string }) => member.name === "Jonas Berg");
    await coordinator.request("DELETE", pathOf(apiRoutes.removeMember, { caseId: meeting.caseId, memberId: jonas.id }));
    expect((await fetch(`${server.url}${again.body.path}`)).status).toBe(404);
  });
});
