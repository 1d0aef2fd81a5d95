import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every word a person reads goes through i18next, so Danish and English stay complete. This reads
 * each component's source and lists text written straight into JSX: text between tags, and the
 * attributes that are read out or shown (aria-label, title, placeholder, alt, label). Punctuation
 * and separators ("·", "–", "(", ":") carry no language and are let through.
 */
const SOURCE = path.resolve(import.meta.dirname, "..");
const SPOKEN_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "placeholder", "alt", "label"]);
const HAS_LETTERS = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [full] : [];
  });
}

function hardCodedIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(SOURCE, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTERS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : null;
      if (literal !== null && HAS_LETTERS.test(literal))
        found.push(`${where(node)} ${node.name.getText()}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the interface's words", () => {
  it("are all in the translation files, none written into a component", () => {
    const files = componentFiles(SOURCE);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(hardCodedIn)).toEqual([]);
  });

  it("would catch a word written into a component", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samplan-probe-")), "Probe.tsx");
    try {
      fs.writeFileSync(file, 'export const P = () => <button aria-label="Luk">Gem · {"x"}</button>;\n');
      expect(hardCodedIn(file).map((line) => line.replace(/^.*:\d+ /, ""))).toEqual([
        'aria-label="Luk"',
        'text "Gem ·"',
      ]);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true });
    }
  });
});
