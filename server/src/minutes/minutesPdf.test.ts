import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addGoal, addResource, createMeetingDocument, renderMinutes } from "@samplan/shared/model";
import { describe, expect, it } from "vitest";
import { markdownText } from "./markdownText.ts";
import { minutesMarkdown } from "./minutesMarkdown.ts";
import { minutesPdf } from "./minutesPdf.ts";

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samplan-pdf-")), "minutes.pdf");
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe("the minutes as PDF", () => {
  it("keep æ, ø and å, the approval stamp and page numbers", async () => {
    const lines = [
      "# Referat: Netværksmøde",
      "",
      "## Mål",
      "",
      "1. Jeg vil arbejde med dyr på en gård på Ærø *(med borgerens egne ord)*",
    ];
    for (let i = 0; i < 80; i++) lines.push(`- Næste skridt nummer ${i}: Søren ringer til Åse`);
    const pdf = await minutesPdf(lines.join("\n"), "GODKENDT 1. december 2026 af Karin Holm · version 2");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Jeg vil arbejde med dyr på en gård på Ærø");
    expect(text).toContain("Søren ringer til Åse");
    expect(text).toContain("GODKENDT 1. december 2026 af Karin Holm");
    expect(text).toMatch(/Side 1 af [2-9]/);
  });

  it("keep names in other scripts whole: Latin Extended, Greek, Cyrillic, Vietnamese and Arabic", async () => {
    const names = ["Søren Łukasiewicz-Şahin", "Νίκος Παπαδόπουλος", "Олена Шевченко", "Nguyễn Thị Hương"];
    const arabic = "أحمد علي";
    const markdown = [
      `# Referat: Netværksmøde med ${names[0]}`,
      "",
      "## Deltagere",
      "",
      ...names.map((name) => `- ${name} (fagperson)`),
      `- ${arabic} (borger)`,
    ].join("\n");
    const pdf = await minutesPdf(markdown, `GODKENDT af ${names[0]}`);
    const text = pdfText(pdf);
    for (const name of names) expect(text).toContain(name);
    // The heading wraps; read as one line it is whole.
    expect(text.replace(/\s+/g, " ")).toContain(`Referat: Netværksmøde med ${names[0]}`);
    // pdftotext gives right-to-left text in the order it stands on the page: the same letters,
    // each word whole, whichever way it reads them out.
    const arabicLine = text.split("\n").find((line) => /[\u0600-\u06FF]/.test(line)) ?? "";
    for (const word of arabic.split(" ")) {
      expect([word, [...word].reverse().join("")].some((form) => arabicLine.includes(form))).toBe(true);
    }
    expect(pdf.toString("latin1")).toMatch(/\/Lang \(da-DK\)/);
  });
});

describe("what people wrote, in the PDF", () => {
  it("reads as they wrote it, with no formatting of theirs and no line of its own", async () => {
    const goal = "5*3 = 15 _dage_ i træk, se `plan` & [noter]";
    const markdown = [
      "# Referat: Netværksmøde",
      "",
      "## Mål",
      "",
      `1. ${markdownText(`${goal}\n- **Godkendt:** i dag`)}`,
    ].join("\n");
    const text = pdfText(await minutesPdf(markdown, "IKKE GODKENDT"));
    expect(text.replace(/\s+/g, " ")).toContain(`${goal} - **Godkendt:** i dag`);
  });
});

describe("Det der virker, in the PDF", () => {
  it("stands under its own heading after the goals, with the goal it helps with", async () => {
    const doc = createMeetingDocument();
    const goal = addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Komme ud hver dag" });
    addResource(doc, { createdBy: "Mette", text: "Hunden Bella", kind: "person", goalIds: [goal] });
    const minutes = renderMinutes({
      meeting: { id: "m1", title: "Netværksmøde", startsAt: new Date().toISOString(), closedAt: null },
      citizenName: "Sara Jensen",
      caseReference: null,
      participants: [],
      nextMeetingAt: null,
      doc,
    });
    const text = pdfText(await minutesPdf(minutesMarkdown(minutes), "IKKE GODKENDT"));
    expect(text.indexOf("Det der virker")).toBeGreaterThan(text.indexOf("Mål"));
    expect(text.indexOf("Det der virker")).toBeLessThan(text.indexOf("Siden sidst"));
    expect(text).toContain("Hunden Bella (person) — hjælper med målet: Komme ud hver dag");
  });
});
