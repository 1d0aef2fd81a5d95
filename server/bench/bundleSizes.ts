import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The JavaScript a view loads first: the entry, its page's chunk, and what those import statically. */
export function bundleSizes(dist: string, budgetFile: string) {
  if (!fs.existsSync(path.join(dist, "index.html"))) return [{ view: "client not built: run pnpm build" }];
  const assets = path.join(dist, "assets");
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const files = fs.readdirSync(assets).filter((file) => file.endsWith(".js"));
  const closure = (start: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !files.includes(file)) return;
      seen.add(file);
      const code = fs.readFileSync(path.join(assets, file), "utf8");
      // Static imports only: what must load before the view runs.
      for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
        visit(match[1]!);
    };
    for (const file of start) visit(file);
    return [...seen];
  };
  const size = (list: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const file of list) {
      const bytes = fs.readFileSync(path.join(assets, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  };
  const budget: Record<string, number> = fs.existsSync(budgetFile)
    ? JSON.parse(fs.readFileSync(budgetFile, "utf8"))
    : {};
  const page = (name: string) => files.find((file) => file.startsWith(`${name}-`));
  const views: [string, (string | undefined)[]][] = [
    ["start and case pages", [entry]],
    ["meeting (citizen, professional, coordinator)", [entry, page("MeetingPage")]],
    ["big screen", [entry, page("BigScreenPage")]],
    ["progress view", [entry, page("ProgressPage")]],
  ];
  return views
    .filter(([, start]) => start.every(Boolean))
    .map(([view, start]) => {
      const { raw, gzip } = size(closure(start as string[]));
      const limit = budget[view];
      return {
        view,
        "KB raw": Math.round(raw / 1024),
        "KB gzip": Math.round(gzip / 1024),
        "budget KB gzip": limit ?? "—",
        within: limit === undefined ? "—" : gzip / 1024 <= limit ? "yes" : "NO",
      };
    });
}
