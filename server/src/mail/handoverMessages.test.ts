import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MailCatcher } from "../testing/mailCatcher.ts";
import { type Agent, removeDataDir, startTestServer, TEST_PASSWORD, type TestServer } from "../testing/testServer.ts";

let catcher: MailCatcher;
let server: TestServer;
let karin: Agent;
let caseId: string;
let lineId: string;

const SOREN = "soren@borger.example";
const JONAS = "jonas@jobcenter.example";
const NOTE = "Det vigtigste at vide om Søren: han er bange for telefonen.";

beforeEach(async () => {
  catcher = await MailCatcher.start();
  server = await startTestServer(undefined, catcher.env({ SAMPLAN_OUTBOX_POLL_MS: "50" }));
  karin = await server.coordinator();
  caseId = (await karin.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Søren Holm" })).body.id;
  const line = await karin.request("POST", pathOf(apiRoutes.createAccount), {
    username: "line",
    displayName: "Line Berg",
    password: TEST_PASSWORD,
    role: "koordinator",
  });
  lineId = line.body.id;
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
  await catcher.down();
});

const add = async (body: Record<string, unknown>) =>
  expect((await karin.request("POST", pathOf(apiRoutes.addMember, { caseId }), body)).status).toBe(201);
const planMeeting = async () =>
  expect(
    (
      await karin.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
        title: "Netværksmøde",
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      })
    ).status,
  ).toBe(201);
const handOver = async () =>
  expect(
    (await karin.request("POST", pathOf(apiRoutes.handOverCase, { caseId }), { toAccountId: lineId, note: NOTE }))
      .status,
  ).toBe(201);

describe("the citizen's e-mail when her case changes hands", () => {
  it("names her new coordinator, in her language, and says nothing of the note; the network is not written to", async () => {
    await add({ name: "Søren Holm", role: "borger", email: SOREN });
    await add({ name: "Jonas Berg", role: "fagperson", organisation: "Jobcenter", email: JONAS });
    await planMeeting();
    await handOver();
    await catcher.waitForCount(1);
    const [mail] = catcher.to(SOREN);
    expect(mail?.subject).toBe("Du har fået en ny koordinator");
    expect(mail?.text).toContain("Hej Søren Holm");
    expect(mail?.text).toContain("Din nye koordinator er Line Berg. Line Berg har læst din plan og det, I har aftalt.");
    expect(mail?.text).toContain(`Du kan se din plan i Samplan: ${server.url}/`);
    expect(mail?.text).not.toContain("telefonen");
    expect(catcher.to(JONAS)).toEqual([]);
    const sent = (await server.audit.all()).find((e) => e.action === "mail-sent");
    expect(sent?.details).toMatchObject({ kind: "coordinator-changed" });
  });

  it("is written in English to a citizen who chose it", async () => {
    await add({ name: "Søren Holm", role: "borger", email: SOREN, language: "en" });
    await planMeeting();
    await handOver();
    await catcher.waitForCount(1);
    expect(catcher.to(SOREN)[0]?.text).toContain(
      "Your new coordinator is Line Berg. Line Berg has read your plan and what you have agreed.",
    );
  });

  it("is not sent to a citizen who chose no e-mail, nor in a case with no meeting yet", async () => {
    await add({ name: "Søren Holm", role: "borger", email: SOREN, reminders: "none" });
    await planMeeting();
    await handOver();
    // A case with no meeting, and a third with one: its two messages, sent after theirs would have
    // been, show the sender has run past the first two.
    const other = (await karin.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Ali" })).body.id;
    await karin.request("POST", pathOf(apiRoutes.addMember, { caseId: other }), {
      name: "Ali",
      role: "borger",
      email: "ali@borger.example",
    });
    const noMeeting = await karin.request("POST", pathOf(apiRoutes.handOverCase, { caseId: other }), {
      toAccountId: lineId,
      note: NOTE,
    });
    expect(noMeeting.status).toBe(201);
    const third = (await karin.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Mia" })).body.id;
    await karin.request("POST", pathOf(apiRoutes.addMember, { caseId: third }), {
      name: "Mia",
      role: "borger",
      email: "mia@borger.example",
    });
    await karin.request("POST", pathOf(apiRoutes.createMeeting, { caseId: third }), {
      title: "Netværksmøde",
      startsAt: new Date(Date.now() + 86_400_000 * 3).toISOString(),
    });
    await karin.request("POST", pathOf(apiRoutes.handOverCase, { caseId: third }), { toAccountId: lineId, note: NOTE });
    await catcher.waitForCount(2);
    const subjects = catcher.received.map((mail) => [mail.to[0], mail.subject]);
    expect(subjects).toEqual(
      expect.arrayContaining([
        ["mia@borger.example", expect.stringMatching(/^Invitation/)],
        ["mia@borger.example", "Du har fået en ny koordinator"],
      ]),
    );
    expect(catcher.to(SOREN)).toEqual([]);
    expect(catcher.to("ali@borger.example")).toEqual([]);
  });
});
