import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import { beforeEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { type Agent, type InvitedGuest, TEST_PASSWORD } from "../testing/testServer.ts";

useMeetingServer();

let sara: InvitedGuest;
let jonas: InvitedGuest;

beforeEach(async () => {
  sara = await server.invite(meeting, { name: "Sara Jensen", role: "borger" });
  jonas = await server.invite(meeting, { name: "Jonas Berg", role: "fagperson", organisation: "Jobcenter" });
});

const ratingOf = (m: { id: string }) => pathOf(apiRoutes.meetingRating, { meetingId: m.id });
const rateOf = (m: { id: string }) => pathOf(apiRoutes.rateMeeting, { meetingId: m.id });
const ofCase = () => pathOf(apiRoutes.meetingRatings, { caseId: meeting.caseId });

const answers = (overall = 4, networkMaySee = false) => ({
  heard: 5,
  mattered: 4,
  wayOfWorking: null,
  overall,
  networkMaySee,
});

/** A later meeting of the same case, and Sara's own link to it. */
async function nextMeeting(startsInMinutes: number): Promise<{ meeting: Meeting; sara: Agent }> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
    title: "Opfølgning",
    startsAt: new Date(Date.now() + startsInMinutes * 60_000).toISOString(),
  });
  expect(created.status).toBe(201);
  const invited = await coordinator.request(
    "POST",
    pathOf(apiRoutes.createInvitation, { meetingId: created.body.id }),
    {
      memberId: sara.member.id,
      kind: "link",
      confirmWithoutConsent: true,
    },
  );
  expect(invited.status).toBe(201);
  const agent = server.agent();
  const joined = await agent.request("POST", pathOf(apiRoutes.join), {
    secret: invited.body.joinPath.slice("/join#".length),
  });
  expect(joined.status).toBe(200);
  return { meeting: created.body, sara: agent };
}

/** A professional colleague with a staff account, on the roster and covered by the citizen's consent. */
async function colleague(): Promise<Agent> {
  const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
    username: "line",
    displayName: "Line Berg",
    password: TEST_PASSWORD,
    role: "fagperson",
  });
  expect(created.status).toBe(201);
  const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
    name: "Line Berg",
    role: "fagperson",
    organisation: "Psykiatrien",
    accountUsername: "line",
  });
  expect(added.status).toBe(201);
  const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Netværksmøder",
    organisations: ["Psykiatrien"],
    givenAt: new Date().toISOString().slice(0, 10),
  });
  expect(consent.status).toBe(201);
  const agent = server.agent();
  expect(
    (await agent.request("POST", pathOf(apiRoutes.signIn), { username: "line", password: TEST_PASSWORD })).status,
  ).toBe(200);
  return agent;
}

async function trail(): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const answer = await coordinator.request("GET", pathOf(apiRoutes.auditTrail, { caseId: meeting.caseId }));
  return answer.body.events;
}

describe("the citizen says how the meeting was for her", () => {
  it("only her own session answers: the coordinator, a professional, a stranger and another case's citizen are refused", async () => {
    expect((await sara.agent.request("GET", ratingOf(meeting))).body).toEqual({ rating: null, canChange: true });
    const given = await sara.agent.request("POST", rateOf(meeting), answers());
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ rating: answers(), canChange: true });

    for (const other of [coordinator, jonas.agent]) {
      expect((await other.request("GET", ratingOf(meeting))).status).toBe(403);
      expect((await other.request("POST", rateOf(meeting), answers(1))).status).toBe(403);
    }
    expect((await server.request("GET", ratingOf(meeting))).status).toBe(401);
    const elsewhere = await server.createMeeting();
    const anna = await server.invite(elsewhere.meeting, { name: "Anna Holm", role: "borger" });
    expect((await anna.agent.request("GET", ratingOf(meeting))).status).toBe(404);
    expect((await anna.agent.request("POST", rateOf(meeting), answers(1))).status).toBe(404);
    // Nobody changed her answers.
    expect((await sara.agent.request("GET", ratingOf(meeting))).body.rating).toMatchObject(answers());
  });

  it("refuses answers off the scale with a 400 naming the field, and writes nothing", async () => {
    const wrong: [unknown, string][] = [
      [{ ...answers(), overall: 6 }, "overall"],
      [{ ...answers(), heard: 0 }, "heard"],
      [{ ...answers(), mattered: 2.5 }, "mattered"],
      [{ heard: 3, mattered: 3, wayOfWorking: 3, overall: 3 }, "networkMaySee"],
      [{ ...answers(), feeling: "good" }, "feeling"],
      [{ heard: null, mattered: null, wayOfWorking: null, overall: null, networkMaySee: false }, "at least one"],
    ];
    for (const [body, named] of wrong) {
      const answer = await sara.agent.request("POST", rateOf(meeting), body);
      expect(answer.status, named).toBe(400);
      expect(JSON.stringify(answer.body), named).toContain(named);
    }
    expect((await sara.agent.request("GET", ratingOf(meeting))).body.rating).toBeNull();
  });

  it("she may change her answers until the minutes are approved; a meeting not yet begun is not rated", async () => {
    const first = await sara.agent.request("POST", rateOf(meeting), answers(2));
    const again = await sara.agent.request("POST", rateOf(meeting), answers(3, true));
    expect(again.body.rating).toMatchObject(answers(3, true));
    expect(again.body.rating.answeredAt).toBe(first.body.rating.answeredAt);

    const close = pathOf(apiRoutes.closeMeeting, { meetingId: meeting.id });
    expect((await coordinator.request("POST", close, {})).status).toBe(200);
    // Closed, she sees "Det aftalte vi" and is asked: answering then is the point.
    expect((await sara.agent.request("POST", rateOf(meeting), answers(4, true))).status).toBe(200);
    const approve = pathOf(apiRoutes.approveMinutes, { meetingId: meeting.id });
    expect((await coordinator.request("POST", approve, {})).status).toBe(200);
    const late = await sara.agent.request("POST", rateOf(meeting), answers(1));
    expect(late.status).toBe(409);
    expect(await sara.agent.request("GET", ratingOf(meeting))).toMatchObject({
      body: { rating: answers(4, true), canChange: false },
    });

    const planned = await nextMeeting(24 * 60);
    expect((await planned.sara.request("GET", ratingOf(planned.meeting))).body.canChange).toBe(false);
    expect((await planned.sara.request("POST", rateOf(planned.meeting), answers())).status).toBe(409);

    // The trail says she answered, and again, and whether the network may see: never her answers.
    const rated = (await trail()).filter((event) => event.action === "meeting-rated");
    expect(rated.map((event) => event.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ changed: false, networkMaySee: false }),
        expect.objectContaining({ changed: true, networkMaySee: true }),
      ]),
    );
    expect(JSON.stringify(rated)).not.toMatch(/overall|heard/);
  });

  it("the coordinator reads every meeting's answers, oldest first; a colleague only those she let the network see", async () => {
    const later = await nextMeeting(-10);
    expect((await sara.agent.request("POST", rateOf(meeting), answers(5, false))).status).toBe(200);
    expect((await later.sara.request("POST", rateOf(later.meeting), answers(2, true))).status).toBe(200);

    const all = await coordinator.request("GET", ofCase());
    expect(all.status).toBe(200);
    expect(all.body.sharedOnly).toBe(false);
    expect(all.body.meetings.map((m: { meetingId: string; overall: number }) => [m.meetingId, m.overall])).toEqual([
      [meeting.id, 5],
      [later.meeting.id, 2],
    ]);

    const line = await colleague();
    const shared = await line.request("GET", ofCase());
    expect(shared.status).toBe(200);
    expect(shared.body.meetings.map((m: { meetingId: string }) => m.meetingId)).toEqual([later.meeting.id]);
    // She takes it back: the colleague gets nothing.
    expect((await later.sara.request("POST", rateOf(later.meeting), answers(2, false))).status).toBe(200);
    expect((await line.request("GET", ofCase())).body).toEqual({ meetings: [], sharedOnly: true });

    // A guest let into one meeting does not reach the case's history at all.
    expect((await jonas.agent.request("GET", ofCase())).status).toBe(404);
    // She reads her own, all of them, on her personal link.
    expect((await sara.agent.request("GET", ofCase())).body.meetings).toHaveLength(2);

    const reads = (await trail()).filter((event) => event.action === "meeting-ratings-read");
    expect(reads.map((event) => event.details)).toEqual([
      expect.objectContaining({ meetings: 1, sharedOnly: true }),
      expect.objectContaining({ meetings: 2, sharedOnly: false }),
    ]);
  });
});
