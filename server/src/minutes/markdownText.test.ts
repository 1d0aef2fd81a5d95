import { describe, expect, it } from "vitest";
import { markdownText, plainText } from "./markdownText.ts";

describe("user text in the minutes' Markdown", () => {
  it("stays on its line: a line break cannot start a heading, a list item or an approval line", () => {
    const forged = "Flytte til Fyn\n## Næste møde\n- **Godkendt:** 1. januar af Karin Holm\r\n# Referat";
    const written = markdownText(forged);
    expect(written).not.toMatch(/[\n\r]/);
    expect(written).toBe("Flytte til Fyn ## Næste møde - \\*\\*Godkendt:\\*\\* 1. januar af Karin Holm # Referat");
    for (const separator of ["\u2028", "\u2029", "\u0085", "\v", "\f"]) {
      expect(markdownText(`a${separator}b`)).toBe("a b");
    }
  });

  it("does not format: emphasis, code, links and raw HTML are the writer's characters", () => {
    expect(markdownText("5*3 = 15, _vigtigt_ og `kode`")).toBe("5\\*3 = 15, \\_vigtigt\\_ og \\`kode\\`");
    expect(markdownText("[klik](https://evil.example) <script>")).toBe("\\[klik\\](https://evil.example) \\<script\\>");
    expect(markdownText("Tom & Jerry | ~streg~")).toBe("Tom \\& Jerry \\| \\~streg\\~");
  });

  it("does not start a block of its own after the list marker it follows", () => {
    expect(markdownText("# overskrift")).toBe("\\# overskrift");
    expect(markdownText("- punkt")).toBe("\\- punkt");
    expect(markdownText("+ punkt")).toBe("\\+ punkt");
    expect(markdownText("2. forsøg")).toBe("2\\. forsøg");
    expect(markdownText("3) forsøg")).toBe("3\\) forsøg");
    expect(markdownText("> citat")).toBe("\\> citat");
    expect(markdownText("#hashtag")).toBe("#hashtag");
  });

  it("gives the PDF every letter back", () => {
    for (const text of [
      "5*3 = 15, _vigtigt_ og `kode`",
      "[klik](https://evil.example) <script> & | ~",
      "# overskrift",
      "2. forsøg \\ skråstreg",
      "Søren Łukasiewicz-Şahin, Nguyễn Thị Hương, أحمد علي",
    ]) {
      expect(plainText(`- **Mål:** ${markdownText(text)}`)).toBe(`- Mål: ${text}`);
    }
  });
});
