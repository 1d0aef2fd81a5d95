import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import { addNextStep, createMeetingDocument } from "@samplan/shared/model";
import { describe, expect, it } from "vitest";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { acknowledged, joinMeeting } from "../testing/testServer.ts";

useMeetingServer();

/** Steps written into a meeting's plan as the coordinator, over the real websocket. */
async function writeSteps(into: Meeting, steps: { text: string; dueDate: string | null; status?: "open" | "done" }[]) {
  const karin = await joinMeeting(
    server.wsUrl,
    into.documentName,
    await coordinator.connectionToken(into.id),
    createMeetingDocument(),
  );
  for (const step of steps) {
    addNextStep(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", owner: "Karin Holm", ...step });
  }
  await acknowledged(karin);
  karin.provider.destroy();
}

describe("Skridt der venter, on the coordinator's desk", () => {
  it("lists the open steps of all her cases that are overdue or due within a week, overdue first", async () => {
    await writeSteps(meeting, [
      { text: "Ringe til lægen", dueDate: daysFromNow(-1) },
      { text: "Søge praktik", dueDate: daysFromNow(3) },
      { text: "Langt ude", dueDate: daysFromNow(20) },
      { text: "Allerede gjort", dueDate: daysFromNow(1), status: "done" },
      { text: "Uden frist", dueDate: null },
    ]);
    const other = await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Ali Hassan" });
    const otherMeeting = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: other.body.id }), {
      title: "Netværksmøde",
      startsAt: new Date().toISOString(),
    });
    await writeSteps(otherMeeting.body, [{ text: "Finde en bolig", dueDate: daysFromNow(2) }]);

    const desk = await coordinator.request("GET", pathOf(apiRoutes.deskSteps));
    expect(desk.status).toBe(200);
    expect(
      desk.body.steps.map((s: { text: string; citizenName: string; overdue: boolean }) => [
        s.text,
        s.citizenName,
        s.overdue,
      ]),
    ).toEqual([
      ["Ringe til lægen", "Test Borger", true],
      ["Finde en bolig", "Ali Hassan", false],
      ["Søge praktik", "Test Borger", false],
    ]);
  });

  it("is the coordinator's: a guest has no desk", async () => {
    const guest = await server.invite(meeting, { name: "Sara", role: "borger" });
    expect((await guest.agent.request("GET", pathOf(apiRoutes.deskSteps))).status).toBe(403);
    expect((await server.request("GET", pathOf(apiRoutes.deskSteps))).status).toBe(401);
  });
});

describe("Kommende møder, on the coordinator's desk", () => {
  const plan = (title: string, startsAt: Date) =>
    coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title,
      startsAt: startsAt.toISOString(),
    });

  it("lists her meetings from one under way to two weeks ahead, soonest first, with the citizen's name", async () => {
    const day = 86_400_000;
    await plan("Om tre dage", new Date(Date.now() + 3 * day));
    await plan("Om en måned", new Date(Date.now() + 30 * day));
    await plan("I morgen", new Date(Date.now() + day));
    const desk = await coordinator.request("GET", pathOf(apiRoutes.deskMeetings));
    expect(desk.status).toBe(200);
    // The fixture's meeting began an hour ago: under way still, at the top.
    expect(desk.body.meetings.map((m: { title: string; citizenName: string }) => [m.title, m.citizenName])).toEqual([
      ["Netværksmøde", "Test Borger"],
      ["I morgen", "Test Borger"],
      ["Om tre dage", "Test Borger"],
    ]);
  });
});

describe("who is ready for a meeting on the desk", () => {
  it("says who has not answered, who is not invited and whom the consent does not cover; and whether the citizen prepared", async () => {
    const { caseId } = meeting;
    const add = async (body: Record<string, unknown>) =>
      (await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), body)).body.id as string;
    const invite = (memberId: string, confirmWithoutConsent = false) =>
      coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
        memberId,
        kind: "link",
        confirmWithoutConsent,
      });
    const mette = await add({ name: "Mette Juul", role: "fagperson", organisation: "Jobcenter" });
    await add({ name: "Peter Lund", role: "fagperson", organisation: "Jobcenter" });
    await add({ name: "Lis Lund", role: "fagperson", organisation: "Lægehuset" });
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId }), {
      purpose: "Samarbejde om job",
      organisations: ["Jobcenter"],
      givenAt: daysFromNow(-1),
    });
    expect((await invite(mette)).status).toBe(201);
    // Sara came in by her link (the harness opens it); Mette has hers but has not opened it.
    await server.invite(meeting, { name: "Sara", role: "borger" });

    const desk = await coordinator.request("GET", pathOf(apiRoutes.deskMeetings));
    const [now] = desk.body.meetings;
    expect(now.people.map((p: { name: string; readiness: string }) => `${p.name}: ${p.readiness}`).sort()).toEqual([
      "Lis Lund: noConsent",
      "Mette Juul: notAnswered",
      "Peter Lund: notInvited",
      "Sara: ready",
    ]);
    expect(now.citizenPrepared).toBe(false);
  });
});
