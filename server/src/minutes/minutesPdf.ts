import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import { plainText } from "./markdownText.ts";
import { forLayout, visualRuns } from "./visualRuns.ts";

// DejaVu Sans, from its npm package (nothing is downloaded at run time): Latin with its
// extensions (Ł, Ş, ă…), Greek, Cyrillic, Arabic and Persian, Vietnamese. The PDF's standard
// Helvetica has only Latin-1, which turned "Łukasiewicz-Şahin" into garbage in the case file.
const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const REGULAR = path.join(fonts, "DejaVuSans.ttf");
const BOLD = path.join(fonts, "DejaVuSans-Bold.ttf");

/**
 * The minutes as a PDF for the case file: laid out from the Markdown record, so the words are
 * the same in both, with an approval stamp and page numbers, in a font that covers the names in
 * a Danish municipality, tagged as Danish.
 */
export function minutesPdf(markdown: string, stamp: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: true,
    lang: "da-DK",
    tagged: true,
    pdfVersion: "1.7",
    info: { Title: titleOf(markdown), Creator: "Samplan" },
  });
  pdf.registerFont("body", REGULAR);
  pdf.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  /** One line, its right-to-left runs (an Arabic name) placed as a reader of both expects. */
  const write = (text: string, options: PDFKit.Mixins.TextOptions = {}) => {
    const runs = visualRuns(text);
    runs.forEach((run, index) => {
      pdf.text(forLayout(run), { ...options, continued: index < runs.length - 1 });
    });
  };

  pdf.font("bold").fontSize(9).fillColor("#1a5e4f");
  write(stamp, { align: "right" });
  pdf.moveDown(0.5).fillColor("black");
  for (const line of markdown.split("\n")) {
    const plain = plainText(line);
    if (line.startsWith("# ")) {
      pdf.font("bold").fontSize(18);
      write(plain.slice(2));
      pdf.moveDown(0.4);
    } else if (line.startsWith("## ")) {
      pdf.moveDown(0.6).font("bold").fontSize(13);
      write(plain.slice(3));
      pdf.moveDown(0.2);
    } else if (line.startsWith("### ")) {
      // A meeting's own headings inside the citizen's readable copy of her case.
      pdf.moveDown(0.4).font("bold").fontSize(11.5);
      write(plain.slice(4));
      pdf.moveDown(0.1);
    } else if (/^\s+- /.test(line)) {
      pdf.font("body").fontSize(10);
      write(plain.trim().replace(/^- /, "– "), { indent: 28 });
    } else if (/^\s+\S/.test(line)) {
      // Under an item: a list in what someone wrote, or the next line of it, indented as it stands.
      pdf.font("body").fontSize(11);
      write(plain.trim().replace(/^- /, "• "), { indent: 10 + 6 * (line.length - line.trimStart().length) });
    } else if (/^(- |\d+\. )/.test(line)) {
      pdf.font("body").fontSize(11);
      write(plain.replace(/^- /, "• "), { indent: 10 });
    } else if (plain.trim() === "") {
      pdf.moveDown(0.3);
    } else {
      pdf.font("body").fontSize(11);
      write(plain);
    }
  }

  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing in the bottom margin would add a page; lift the margin while stamping the number.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("body")
      .fontSize(9)
      .fillColor("#555555")
      .text(`Side ${i + 1} af ${count}`, 56, pdf.page.height - 40, { align: "center", width: pdf.page.width - 112 });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

function titleOf(markdown: string): string {
  const heading = markdown.split("\n").find((line) => line.startsWith("# "));
  return heading ? plainText(heading.slice(2)) : "Referat";
}
