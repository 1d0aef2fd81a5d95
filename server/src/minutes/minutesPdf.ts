import PDFDocument from "pdfkit";

/**
 * The minutes as a PDF for the case file: laid out from the Markdown record, so the words are
 * the same in both, with an approval stamp and page numbers. PDF's standard Helvetica uses
 * WinAnsi encoding, which has æ, ø and å, so no font file is needed.
 */
export function minutesPdf(markdown: string, stamp: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: true,
    info: { Title: titleOf(markdown), Creator: "Samplan" },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  pdf.font("Helvetica-Bold").fontSize(9).fillColor("#1a5e4f").text(stamp, { align: "right" });
  pdf.moveDown(0.5).fillColor("black");
  for (const line of markdown.split("\n")) {
    const plain = line.replace(/\*\*/g, "").replace(/\*/g, "").replace(/`/g, "");
    if (line.startsWith("# ")) {
      pdf.font("Helvetica-Bold").fontSize(18).text(plain.slice(2)).moveDown(0.4);
    } else if (line.startsWith("## ")) {
      pdf.moveDown(0.6).font("Helvetica-Bold").fontSize(13).text(plain.slice(3)).moveDown(0.2);
    } else if (/^\s+- /.test(line)) {
      pdf.font("Helvetica").fontSize(10).text(plain.trim().replace(/^- /, "– "), { indent: 28 });
    } else if (/^(- |\d+\. )/.test(line)) {
      pdf.font("Helvetica").fontSize(11).text(plain.replace(/^- /, "• "), { indent: 10 });
    } else if (plain.trim() === "") {
      pdf.moveDown(0.3);
    } else {
      pdf.font("Helvetica").fontSize(11).text(plain);
    }
  }

  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing in the bottom margin would add a page; lift the margin while stamping the number.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#555555")
      .text(`Side ${i + 1} af ${count}`, 56, pdf.page.height - 40, { align: "center", width: pdf.page.width - 112 });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

function titleOf(markdown: string): string {
  return (
    markdown
      .split("\n")
      .find((line) => line.startsWith("# "))
      ?.slice(2) ?? "Referat"
  );
}
