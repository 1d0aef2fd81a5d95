import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleSizes } from "./bundleSizes.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A built client as Vite writes it: index.html naming the entry, and chunks importing each other. */
function build(chunks: Record<string, string>, budget: Record<string, number> = {}) {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-bundles-"));
  dirs.push(dist);
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), '<script type="module" src="/assets/index-AAAAAAAA.js"></script>');
  for (const [file, code] of Object.entries(chunks)) fs.writeFileSync(path.join(dist, "assets", file), code);
  fs.writeFileSync(path.join(dist, "budget.json"), JSON.stringify(budget));
  return bundleSizes(dist, path.join(dist, "budget.json")) as Record<string, unknown>[];
}

describe("bundleSizes", () => {
  it("follows lazy chunks inside lazy chunks, and leaves out what loads after the view is drawn", () => {
    const rows = build(
      {
        "index-AAAAAAAA.js": `import{a}from"./vendor-BBBBBBBB.js";const M=()=>import(\`./MeetingPage-CCCCCCCC.js\`);`,
        "vendor-BBBBBBBB.js": "export const a=1;",
        "MeetingPage-CCCCCCCC.js": `import{a}from"./vendor-BBBBBBBB.js";import"./shared-DDDDDDDD.js";const E=()=>import(\`./TextEditor-EEEEEEEE.js\`);`,
        "shared-DDDDDDDD.js": "export const e=2;",
        "TextEditor-EEEEEEEE.js": `import{e}from"./shared-DDDDDDDD.js";export const c=3;`,
        "QrCode-FFFFFFFF.js": "export const q=4;",
      },
      { citizen: 1000 },
    );
    const byView = Object.fromEntries(rows.map((row) => [row.view, row]));
    expect(byView.citizen).toMatchObject({ chunks: "index → MeetingPage", within: "yes" });
    expect(byView.professional).toMatchObject({ chunks: "index → MeetingPage" });
    expect(byView["lazy: TextEditor"]).toMatchObject({ chunks: "index → MeetingPage → TextEditor" });
    // Not reached from the entry: not part of any first load.
    expect(rows.some((row) => String(row.view).includes("QrCode"))).toBe(false);
  });

  it("says NO for a view over its budget, and for a budgeted view the build does not have", () => {
    const rows = build(
      {
        "index-AAAAAAAA.js": `const M=()=>import("./MeetingPage-CCCCCCCC.js"),S=()=>import("./Settings-GGGGGGGG.js");`,
        "MeetingPage-CCCCCCCC.js": `export const m="${"x".repeat(4000)}";`,
        "Settings-GGGGGGGG.js": "export const s=1;",
      },
      { professional: 0.01, "big screen": 250, "a view renamed away": 100 },
    );
    const byView = Object.fromEntries(rows.map((row) => [row.view, row]));
    expect(byView.professional).toMatchObject({ within: "NO" });
    expect(byView["big screen"]).toMatchObject({ within: "NO", note: "no such view in the build" });
    expect(byView["a view renamed away"]).toMatchObject({ within: "NO" });
    expect(byView["lazy: Settings"]).toMatchObject({ chunks: "index → Settings" });
  });
});
