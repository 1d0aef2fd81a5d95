import path from "node:path";
import type { MeetingTemplate } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { coordinator as karin, server, useMeetingServer } from "../testing/meetingServer.ts";
import { type Agent, TEST_PASSWORD } from "../testing/testServer.ts";

useMeetingServer();
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const accounts: Record<string, string> = {};

async function account(username: string, displayName: string, role = "koordinator"): Promise<Agent> {
  const created = await karin.request("POST", pathOf(apiRoutes.createAccount), {
    username,
    displayName,
    password: TEST_PASSWORD,
    role,
  });
  expect(created.status).toBe(201);
  accounts[username] = created.body.id;
  const agent = server.agent();
  await agent.request("POST", pathOf(apiRoutes.signIn), { username, password: TEST_PASSWORD });
  return agent;
}

let teamId: string;
let line: Agent;
let mads: Agent;
let ole: Agent;
beforeEach(async () => {
  teamId = (await karin.request("POST", pathOf(apiRoutes.createTeam), { name: "Team Vest" })).body.id;
  line = await account("line", "Line Dahl");
  mads = await account("mads", "Mads Bech");
  ole = await account("ole", "Ole Skov", "fagperson");
  for (const username of ["line", "mads"]) {
    const set = await karin.request("POST", pathOf(apiRoutes.setAccountTeam, { accountId: accounts[username] ?? "" }), {
      teamId,
      leadsTeam: false,
    });
    expect(set.status).toBe(200);
  }
});

const openDialogue = {
  copiedFrom: "aaben-dialog-v1",
  name: "Åben dialog i Team Vest",
  description: "Vores udgave",
  phases: [
    { title: "Samtalen", purpose: "Hvad vil du tale om?", section: null, timeboxMinutes: 30 },
    { title: "Det reflekterende team", purpose: "Vi taler om det, vi hørte", section: "round", timeboxMinutes: 15 },
    { title: "Afrunding", purpose: "", section: null, timeboxMinutes: null },
  ],
};

async function copy(agent: Agent, body: object = openDialogue) {
  return agent.request("POST", pathOf(apiRoutes.copyMeetingTemplate), body);
}
const namesSeenBy = async (agent: Agent) =>
  ((await agent.request("GET", pathOf(apiRoutes.meetingTemplates))).body.templates as MeetingTemplate[]).map(
    (t) => t.name,
  );

describe("a coordinator copies and adjusts a meeting method (issue 20 part 5)", () => {
  it("saves a copy as the team's new method, version 1, which the team sees and plans from", async () => {
    const made = await copy(line);
    expect(made.status).toBe(201);
    const copy1 = made.body as MeetingTemplate;
    expect(copy1).toMatchObject({ version: 1, builtIn: false, owner: "team", name: "Åben dialog i Team Vest" });
    expect(copy1.id).toMatch(/^aaben-dialog-i-team-vest-[0-9a-f]{8}-v1$/);
    expect(copy1).not.toHaveProperty("ownerTeamId");
    expect(await namesSeenBy(mads)).toContain("Åben dialog i Team Vest");

    const caseId = (await mads.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Frida Holm" })).body.id;
    const planned = await mads.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Netværksmøde",
      startsAt: inAWeek(),
      templateId: copy1.id,
    });
    expect(planned.status).toBe(201);
    expect(planned.body.method).toEqual({ name: "Åben dialog i Team Vest", version: 1 });
  });

  it("hides the team's copy from a coordinator outside the team, who can neither plan from it nor change it", async () => {
    const copy1 = (await copy(line)).body as MeetingTemplate;
    expect(await namesSeenBy(karin)).not.toContain("Åben dialog i Team Vest");
    const caseId = (await karin.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Ib Lund" })).body.id;
    const planned = await karin.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Netværksmøde",
      startsAt: inAWeek(),
      templateId: copy1.id,
    });
    expect(planned.status).toBe(404);
    const { copiedFrom: _from, ...content } = openDialogue;
    expect(
      (await karin.request("POST", pathOf(apiRoutes.reviseMeetingTemplate, { templateId: copy1.id }), content)).status,
    ).toBe(404);
    expect((await copy(karin, { ...openDialogue, copiedFrom: copy1.id })).status).toBe(404);
  });

  it("keeps a coordinator's copy to herself while she has no team", async () => {
    const own = (await copy(karin, { ...openDialogue, name: "Karins møde" })).body as MeetingTemplate;
    expect(own.owner).toBe("own");
    expect(await namesSeenBy(karin)).toContain("Karins møde");
    expect(await namesSeenBy(line)).not.toContain("Karins møde");
  });

  it("lets nobody change Samplan's own methods, and only coordinators make methods", async () => {
    const { copiedFrom: _from, ...content } = openDialogue;
    const changed = await karin.request(
      "POST",
      pathOf(apiRoutes.reviseMeetingTemplate, { templateId: "aaben-dialog-v1" }),
      content,
    );
    expect(changed.status).toBe(403);
    expect(changed.body.error.message).toContain("only copied");
    expect((await copy(ole)).status).toBe(403);
    expect(await namesSeenBy(ole)).toContain("Åben dialog");
  });

  it("changes a copy as a new version; the meeting planned from the first keeps naming version 1", async () => {
    const copy1 = (await copy(line)).body as MeetingTemplate;
    const caseId = (await line.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Frida Holm" })).body.id;
    const first = await line.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Første",
      startsAt: inAWeek(),
      templateId: copy1.id,
    });
    const { copiedFrom: _from, ...content } = openDialogue;
    const revised = await mads.request("POST", pathOf(apiRoutes.reviseMeetingTemplate, { templateId: copy1.id }), {
      ...content,
      phases: [...content.phases, { title: "Næste gang", purpose: "", section: "steps", timeboxMinutes: 10 }],
    });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ family: copy1.family, version: 2, id: `${copy1.family}-v2` });
    const listed = (await line.request("GET", pathOf(apiRoutes.meetingTemplates))).body.templates as MeetingTemplate[];
    expect(listed.filter((t) => t.family === copy1.family).map((t) => t.version)).toEqual([2]);

    // Changed again from version 1, which is no longer the latest: refused, nothing written.
    const stale = await line.request(
      "POST",
      pathOf(apiRoutes.reviseMeetingTemplate, { templateId: copy1.id }),
      content,
    );
    expect(stale.status).toBe(409);
    const meetings = await line.request("GET", pathOf(apiRoutes.case, { caseId }));
    expect(meetings.body.meetings[0]).toMatchObject({ templateId: copy1.id, method: { version: 1 } });
    expect((await line.request("GET", pathOf(apiRoutes.meeting, { meetingId: first.body.id }))).body.method).toEqual({
      name: "Åben dialog i Team Vest",
      version: 1,
    });

    // The minutes record the version it followed, in the JSON and in the Markdown filed in the case system.
    expect((await line.request("POST", pathOf(apiRoutes.closeMeeting, { meetingId: first.body.id }), {})).status).toBe(
      200,
    );
    const minutes = await line.request("GET", pathOf(apiRoutes.minutes, { meetingId: first.body.id }));
    expect(minutes.body.minutes.meeting.method).toEqual({ name: "Åben dialog i Team Vest", version: 1 });
    const markdown = await line.request("GET", pathOf(apiRoutes.minutesMarkdown, { meetingId: first.body.id }));
    expect(markdown.body).toContain("- **Mødeform:** Åben dialog i Team Vest (version 1)");

    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const lines = db
      .prepare("select action, details from audit_events where action like 'meeting-template-%' order by id")
      .all() as { action: string; details: string }[];
    db.close();
    expect(lines.map((l) => [l.action, JSON.parse(l.details).template])).toEqual([
      ["meeting-template-created", copy1.id],
      ["meeting-template-changed", `${copy1.family}-v2`],
    ]);
  });

  it("refuses a method without a name, with too many phases or too long a prompt, with a clear 400", async () => {
    const phase = openDialogue.phases[0];
    const cases: [object, string][] = [
      [{ ...openDialogue, name: "  " }, "name is required"],
      [{ ...openDialogue, phases: [] }, "at least one phase"],
      [{ ...openDialogue, phases: Array.from({ length: 21 }, () => phase) }, "at most 20 phases"],
      [{ ...openDialogue, phases: [{ ...phase, purpose: "x".repeat(501) }] }, "at most 500 characters"],
      [{ ...openDialogue, copiedFrom: "DROP TABLE" }, "templateId"],
      [{ ...openDialogue, owner: "team" }, "owner"],
    ];
    for (const [body, message] of cases) {
      const answer = await copy(line, body);
      expect(answer.status, message).toBe(400);
      expect(answer.body.error.message).toContain(message);
    }
    expect(await namesSeenBy(line)).toHaveLength(6);
  });
});
