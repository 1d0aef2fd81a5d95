import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, answerThePlan } from "@samplan/shared/model";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
  waitFor,
} from "../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;
let meeting: { id: string; caseId: string; documentName: string };
let writer: Participant;

beforeEach(async () => {
  server = await startTestServer(undefined, { SAMPLAN_UNLOAD_DELAY_MS: "0" });
  ({ meeting, coordinator } = await server.createMeeting());
  await coordinator.request("PATCH", pathOf(apiRoutes.updateCase, { caseId: meeting.caseId }), {
    citizenName: undefined,
    caseReference: "27.12.00-G01-1-26",
    kleNumber: "15.00.00G01",
  });
  writer = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  addGoal(writer.doc, { createdBy: "Sara", createdByRole: "borger", text: "Arbejde med dyr på Ærø, også om søndagen" });
  addNextStep(writer.doc, {
    createdBy: "Karin",
    text: "Søge praktik på gården",
    owner: "borger",
    dueDate: "2026-12-12",
  });
  await acknowledged(writer);
});
afterEach(async () => {
  writer.provider.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

// The three steps of the record, by the name the tests give them.
const STEPS = { close: apiRoutes.closeMeeting, reopen: apiRoutes.reopenMeeting, approve: apiRoutes.approveMinutes };
const post = (step: keyof typeof STEPS) =>
  coordinator.request("POST", pathOf(STEPS[step], { meetingId: meeting.id }), {});

describe("exporting for the case file", () => {
  it("gives a PDF whose text holds the goals with æøå intact, the approval stamp and page numbers", async () => {
    await post("close");
    await post("approve");
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.pdf`, {
      headers: { cookie: coordinator.cookie! },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(server.dataDir, "minutes.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Arbejde med dyr på Ærø, også om søndagen");
    expect(text).toContain("Søge praktik på gården");
    expect(text).toContain("Planen er en koordinering af indsatser, ikke en afgørelse.");
    expect(text).toMatch(/GODKENDT .* af Karin Holm · version 2/);
    expect(text).toContain("Side 1 af 1");
  });

  it("gives a journal note with the case number and KLE, once the minutes are approved", async () => {
    await post("close");
    expect(await coordinator.request("GET", pathOf(apiRoutes.journalNote, { meetingId: meeting.id }))).toMatchObject({
      status: 409,
      body: { error: { code: "minutes_not_approved" } },
    });
    const approved = (await post("approve")).body;
    const note = (await coordinator.request("GET", pathOf(apiRoutes.journalNote, { meetingId: meeting.id }))).body;
    expect(note).toMatchObject({
      format: "samplan.journalnote/1",
      caseReference: "27.12.00-G01-1-26",
      kleNumber: "15.00.00G01",
      approvedBy: "Karin Holm",
      contentHash: approved.contentHash,
      notADecision: expect.stringContaining("ikke en afgørelse"),
      // Nobody asked her in this meeting's plan: the note says so rather than nothing.
      citizenAgreement: "Borgeren har ikke tilkendegivet, om vedkommende er enig i planen.",
    });
    expect(note.minutes.goals[0].text).toBe("Arbejde med dyr på Ærø, også om søndagen");
    const exports = (await server.audit.all())
      .filter((e) => e.action === "minutes-exported")
      .map((e) => e.details.format);
    expect(exports).toEqual(["journal-note"]);
  });

  it("says in the journal note and the Markdown what the citizen said of the plan, in her words", async () => {
    const citizen = await server.invite(meeting as never, { name: "Sara Jensen", role: "borger" });
    const tablet = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      citizen.agent.connectionToken(meeting.id),
    );
    try {
      await waitFor(() => tablet.doc.getMap("goals").size === 1, 5_000, "the plan to reach her tablet");
      answerThePlan(tablet.doc, "disagrees", "Jeg vil ikke arbejde om søndagen");
      await acknowledged(tablet);
    } finally {
      tablet.provider.destroy();
    }
    await post("close");
    await post("approve");
    const note = (await coordinator.request("GET", pathOf(apiRoutes.journalNote, { meetingId: meeting.id }))).body;
    expect(note.citizenAgreement).toBe("Borgeren er ikke enig i planen: »Jeg vil ikke arbejde om søndagen«");
    expect(note.minutes.citizenAgreement).toMatchObject({
      answer: "disagrees",
      reason: "Jeg vil ikke arbejde om søndagen",
    });
    const markdown = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.md`, {
      headers: { cookie: coordinator.cookie! },
    });
    expect(await markdown.text()).toContain(
      "## Borgerens svar på planen\n\nBorgeren er ikke enig i planen: »Jeg vil ikke arbejde om søndagen«",
    );
  });

  it("keeps what people wrote as their text in the Markdown, the PDF and the journal note: every letter, no line of its own", async () => {
    const written = "Nguyễn Thị Hương og Søren Łukasiewicz-Şahin\n- **Godkendt:** 5*3 _dage_";
    addGoal(writer.doc, { createdBy: "Karin", createdByRole: "koordinator", text: written });
    await acknowledged(writer);
    await post("close");
    await post("approve");

    const markdown = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.md`, {
      headers: { cookie: coordinator.cookie! },
    });
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(await markdown.arrayBuffer());
    // Her second line is a line of her goal (a list under it), escaped: never an approval line.
    expect(text).toMatch(
      /\n2\. Nguyễn Thị Hương og Søren Łukasiewicz-Şahin\n {2,4}- \\\*\\\*Godkendt:\\\*\\\* 5\\\*3 \\_dage\\_\n/,
    );
    expect(text.split("\n").filter((line) => line.includes("**Godkendt:**"))).toHaveLength(1);

    const pdf = await fetch(`${server.url}/api/meetings/${meeting.id}/minutes.pdf`, {
      headers: { cookie: coordinator.cookie! },
    });
    const file = path.join(server.dataDir, "minutes.pdf");
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const pdfText = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    // The PDF draws the list under her goal with a dash of its own: every letter she wrote is there.
    expect(pdfText).toContain("Nguyễn Thị Hương og Søren Łukasiewicz-Şahin – **Godkendt:** 5*3 _dage_");

    const note = await fetch(`${server.url}/api/meetings/${meeting.id}/journal-note`, {
      headers: { cookie: coordinator.cookie! },
    });
    const body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await note.arrayBuffer()));
    expect(body.minutes.goals.map((goal: { text: string }) => goal.text)).toContain(written);
  });

  it("refuses a KLE number that is not one", async () => {
    const answer = await coordinator.request("PATCH", pathOf(apiRoutes.updateCase, { caseId: meeting.caseId }), {
      kleNumber: "jobcenter",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("kleNumber");
  });
});

describe("the citizen's data", () => {
  it("can be exported whole, including who accessed their meetings and when", async () => {
    await server.invite(meeting as never, { name: "Peter Lund", role: "fagperson" });
    await post("close");
    const data = (await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }))).body;
    expect(data.format).toBe("samplan.case-export/1");
    expect(data.roster.map((m: { name: string }) => m.name)).toEqual(["Karin Holm", "Peter Lund"]);
    expect(data.meetings[0].versions[0].minutes.goals[0].text).toContain("Ærø");
    const log = data.accessLog.map((e: { action: string }) => e.action);
    expect(log).toEqual(expect.arrayContaining(["joined-meeting", "invitation-used", "meeting-closed"]));
  });

  it("can be deleted: no row or stored document of the case is left behind, and the deletion is audited", async () => {
    await server.invite(meeting as never, { name: "Peter Lund", role: "fagperson" });
    await post("close");
    await post("approve");
    writer.provider.destroy();
    await waitFor(() => server.loadedDocuments() === 0, 5_000, "the document to unload");
    expect((await coordinator.request("DELETE", pathOf(apiRoutes.deleteCase, { caseId: meeting.caseId }))).status).toBe(
      204,
    );

    const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%'",
      )
      .all() as { name: string }[];
    const leftovers: string[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`select * from ${name}`).all() as Record<string, unknown>[]) {
        const text = JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString("latin1") : value));
        const whatStays = (name === "audit_events" && row.action === "case-deleted") || name === "case_tombstones";
        if (text.includes(meeting.caseId) && !whatStays) leftovers.push(name);
        if (/Peter Lund|Test Borger|Ærø|Arbejde med dyr/.test(text)) leftovers.push(`${name} (personal data)`);
      }
    }
    db.close();
    expect(leftovers).toEqual([]);
    const deletion = (await server.audit.all()).find((e) => e.action === "case-deleted");
    expect(deletion).toMatchObject({ actor: "Karin Holm (karin)", caseId: null, details: { caseId: meeting.caseId } });
    expect((await coordinator.request("GET", pathOf(apiRoutes.case, { caseId: meeting.caseId }))).status).toBe(404);
    // The tombstone: which case and who deleted it, how much went with it; nothing about the citizen.
    const { tombstones } = (await coordinator.request("GET", pathOf(apiRoutes.caseTombstones))).body;
    expect(tombstones).toEqual([
      expect.objectContaining({ caseId: meeting.caseId, deletedBy: "Karin Holm (karin)", meetings: 1 }),
    ]);
    expect(tombstones[0].auditEvents).toBeGreaterThan(0);
  });
});
