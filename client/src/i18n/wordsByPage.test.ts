import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { adminWords } from "./da/adminWords.ts";
import { caseWords } from "./da/caseWords.ts";
import { commonWords } from "./da/commonWords.ts";
import { meetingWords } from "./da/meetingWords.ts";
import { planWords } from "./da/planWords.ts";
import { signInWords } from "./da/signInWords.ts";
import { da } from "./da.ts";

/**
 * Every page has the Danish words it reads (issue 25): the first load brings the common part, and a
 * lazily loaded page the parts its `withWords(import(page), …parts)` names (App.tsx). This walks the
 * client's imports from main.tsx as the browser loads them: a static import runs with the parts its
 * importer has, `withWords` adds the parts it names, any other import() (a panel inside the meeting,
 * the editor) keeps its importer's. In each file reached it finds the groups it reads: every string
 * that starts with a Danish group's name and a dot ("desk.title", `sections.${kind}.item`). A file
 * reading a group its parts do not hold would show that key raw, and fails here.
 *
 * A static approximation, and where it is blind: a key made wholly from a variable (t(key) with a
 * key from elsewhere) counts where its string is written, which is the file that holds the table;
 * a string that only looks like a key ("desk.x" as data) counts too, harmlessly.
 */
const SOURCE = path.resolve(import.meta.dirname, "..");
const ENTRY = path.join(SOURCE, "main.tsx");
const WHOLE_DANISH = path.join(SOURCE, "i18n/da.ts");
const PARTS: Record<string, object> = {
  common: commonWords,
  plan: planWords,
  meeting: meetingWords,
  case: caseWords,
  admin: adminWords,
  signIn: signInWords,
};
const GROUPS = new Set(Object.keys(da));

interface Lazy {
  file: string;
  /** The parts `withWords` loads with it; null for a plain import(). */
  parts: string[] | null;
}
interface Module {
  statics: string[];
  lazies: Lazy[];
  groups: Set<string>;
}

const modules = new Map<string, Module>();

function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const file = path.resolve(path.dirname(from), specifier);
  return /\.tsx?$/.test(file) && fs.existsSync(file) ? file : null;
}

function moduleOf(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
  const found: Module = { statics: [], lazies: [], groups: new Set() };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      const target = resolved(file, node.moduleSpecifier.text);
      if (target && !typeOnly) found.statics.push(target);
      return;
    }
    if (ts.isImportTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      const target = specifier && ts.isStringLiteral(specifier) ? resolved(file, specifier.text) : null;
      const call = node.parent;
      const withWords =
        ts.isCallExpression(call) && call.arguments[0] === node && call.expression.getText() === "withWords";
      const parts = withWords ? call.arguments.slice(1).map((part) => (part as ts.StringLiteral).text) : null;
      if (target) found.lazies.push({ file: target, parts });
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const group = /^(\w+)\./.exec(node.text)?.[1];
      if (group && GROUPS.has(group)) found.groups.add(group);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  modules.set(file, found);
  return found;
}

const where = (file: string) => path.relative(SOURCE, file);

/** Each file the app can load, with the Danish parts it runs with; a file reached two ways twice. */
function walk(): { file: string; parts: string[]; page: string }[] {
  const reached: { file: string; parts: string[]; page: string }[] = [];
  const seen = new Set<string>();
  const visit = (file: string, parts: string[], page: string) => {
    const key = `${file}|${parts.join()}`;
    if (seen.has(key)) return;
    seen.add(key);
    reached.push({ file, parts, page });
    const { statics, lazies } = moduleOf(file);
    for (const next of statics) visit(next, parts, page);
    for (const lazy of lazies) {
      const more = lazy.parts ?? [];
      visit(lazy.file, [...new Set([...parts, ...more])].sort(), lazy.parts ? where(lazy.file) : page);
    }
  };
  visit(ENTRY, ["common"], "the first load");
  return reached;
}

/** The groups each reached file reads that its parts (as `parts` says they are made up) lack. */
function missingWords(parts: Record<string, object>): string[] {
  const missing = new Set<string>();
  for (const { file, parts: loaded, page } of walk()) {
    const held = new Set(loaded.flatMap((part) => Object.keys(parts[part] ?? {})));
    for (const group of moduleOf(file).groups) {
      if (!held.has(group))
        missing.add(`${where(file)} reads ${group}.…, not loaded with ${page} (${loaded.join(", ")})`);
    }
  }
  return [...missing].sort();
}

describe("the Danish words by page", () => {
  it("every page, and all it renders, has the groups it reads", () => {
    expect(walk().length).toBeGreaterThan(100);
    expect(missingWords(PARTS)).toEqual([]);
  });

  it("each lazily loaded page names parts that exist", () => {
    const named = walk().flatMap(({ file }) => moduleOf(file).lazies.flatMap((lazy) => lazy.parts ?? []));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((part) => !(part in PARTS) || part === "common")).toEqual([]);
  });

  it("each group lives in exactly one part", () => {
    const groups = Object.values(PARTS).flatMap((part) => Object.keys(part));
    expect(groups.length).toBe(new Set(groups).size);
    expect(new Set(groups)).toEqual(GROUPS);
  });

  it("the app never loads all of Danish at once", () => {
    expect(walk().filter(({ file }) => file === WHOLE_DANISH)).toEqual([]);
  });

  it("would catch a page reading a group its parts do not hold", () => {
    const { chair: _, ...meetingWithoutChair } = meetingWords;
    const missing = missingWords({ ...PARTS, meeting: meetingWithoutChair });
    expect(missing).toContainEqual(expect.stringMatching(/^features\/chair\/AgendaPanel\.tsx reads chair\.…/));
    expect(missing).toContainEqual(expect.stringMatching(/not loaded with features\/meeting\/MeetingPage\.tsx/));
  });
});
