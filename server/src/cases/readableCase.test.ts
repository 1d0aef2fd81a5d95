import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal } from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
} from "../testing/testServer.ts";

let server: TestServer;
let coordinator: Agent;
let meeting: { id: string; caseId: string; documentName: string };
let writer: Participant;

beforeEach(async () => {
  server = await startTestServer(undefined, { SAMPLAN_UNLOAD_DELAY_MS: "0" });
  ({ meeting, coordinator } = await server.createMeeting());
  writer = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  addGoal(writer.doc, { createdBy: "Sara", createdByRole: "borger", text: "Arbejde med dyr på Ærø" });
  addGoal(writer.doc, {
    createdBy: "Sara",
    createdByRole: "borger",
    text: "Sove <img src=x onerror=alert(1)> om natten",
  });
  await acknowledged(writer);
});
afterEach(async () => {
  writer.provider.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

async function download(format: string): Promise<Response> {
  const url = `${server.url}${pathOf(apiRoutes.caseExport, { caseId: meeting.caseId })}?format=${format}`;
  return fetch(url, { headers: { cookie: coordinator.cookie! } });
}

describe("the citizen's readable copy of her case", () => {
  it("is an HTML page in plain Danish: her meetings, her plan, and who has seen and changed what", async () => {
    const response = await download("html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="samplan-${meeting.caseId}.html"`);
    const html = await response.text();
    expect(html).toMatch(/<html lang="da">/);
    expect(html).toContain("<h1>Det har Samplan om dig:");
    expect(html).toContain("Arbejde med dyr på Ærø");
    expect(html).toContain("<h2>Hvem har set og ændret dine oplysninger</h2>");
    // The trail in the words the trail's page uses, with who did it.
    expect(html).toMatch(/Karin Holm \(karin\) \(koordinerende sagsbehandler\) — Oprettede et møde/);
    // What a person wrote is their words, never markup the browser runs.
    expect(html).toContain("Sove &lt;img src=x onerror=alert(1)&gt; om natten");
    expect(html).not.toContain("<img");
  });

  it("is a PDF with the same words", async () => {
    const response = await download("pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = path.join(server.dataDir, "case.pdf");
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Det har Samplan om dig");
    expect(text).toContain("Arbejde med dyr på Ærø");
    expect(text).toContain("Hvem har set og ændret dine oplysninger");
    expect(text).toContain("Oprettede et møde");
  });

  it("is still JSON for machines by default, and every download is on the trail with its format", async () => {
    expect((await download("json")).headers.get("content-type")).toMatch(/^application\/json/);
    const plain = await coordinator.request("GET", pathOf(apiRoutes.caseExport, { caseId: meeting.caseId }));
    expect(plain.body.format).toBe("samplan.case-export/1");
    await download("html");
    const exports = (await server.audit.all()).filter((event) => event.action === "case-exported");
    expect(exports.map((event) => event.details.format)).toEqual(["json", "json", "html"]);
  });

  it("refuses a format it does not make, with a clear message, and writes nothing on the trail", async () => {
    const response = await download("docx");
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('format must be \\"json\\", \\"pdf\\" or \\"html\\"');
    expect((await server.audit.all()).some((event) => event.action === "case-exported")).toBe(false);
  });
});
