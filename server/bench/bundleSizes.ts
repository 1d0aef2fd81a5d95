import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The Danish parts a page loads with its code (`withWords` in client/src/App.tsx): its first load too. */
const words = (...parts: string[]) => parts.map((part) => new RegExp(`^${part}Words$`));

// What only those writing beside the citizen load, at once, in the meeting (not in her own view).
const staffWriting = [/^ReadabilityHint$/, /^ShortcutHelp$/];

/**
 * The views the budget speaks of, each named by the lazy chunk that renders it (the chunk's file
 * name before its hash). `also` are lazy chunks the view renders at once, so they belong to its
 * first load too.
 */
const VIEWS: { view: string; route?: RegExp; also?: RegExp[] }[] = [
  // The staff's start page (the desk), signing in and the invitation link are each a lazy chunk
  // beside the app's shell, which is what every first load shares.
  { view: "start page", route: /^StartPage$/ },
  { view: "sign-in page", route: /^SignInPage$/, also: words("signIn") },
  { view: "invitation link", route: /^JoinPage$/ },
  { view: "case page", route: /^CasePage$/, also: words("case", "plan") },
  // The citizen reads and writes the same plan on the same page as everyone else (she sees all that
  // is written about her), in her own look; the editor loads after the plan is drawn, for all.
  { view: "citizen", route: /^MeetingPage$/, also: words("plan", "meeting") },
  // Those writing beside her also get the plain-language hint and the shortcuts' help at once.
  { view: "professional", route: /^MeetingPage$/, also: [...staffWriting, ...words("plan", "meeting")] },
  // The coordinator's meeting page renders the invitation and agenda panels, her buttons under the
  // heading, the queue of hands and the round's set-up straight away.
  {
    view: "coordinator",
    route: /^MeetingPage$/,
    also: [
      /^InvitePanel$/,
      /^AgendaPanel$/,
      /^CoordinatorMeetingActions$/,
      /^HandQueue$/,
      /^RoundSetup$/,
      ...staffWriting,
      ...words("plan", "meeting"),
    ],
  },
  { view: "big screen", route: /^BigScreenPage$/, also: words("plan", "meeting") },
  { view: "progress view", route: /^ProgressPage$/, also: words("case", "plan") },
];

const chunkName = (file: string) => /^(.*)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file;

/** Relative imports a built chunk makes: static ones must load before it runs, dynamic ones later. */
function importsOf(code: string) {
  const local = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]!);
  return {
    static: local(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[^"'`()]*?from\s*)?["']\.\/([^"']+\.js)["']/g),
    dynamic: local(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g),
  };
}

/**
 * The JavaScript a view loads first: the entry, every lazy chunk on the way from the entry to the
 * view's own chunk (a view may be lazy inside a lazy page), those chunks' static imports, and the
 * lazy chunks the view renders at once. Lazy chunks found in the build and named by no view get a
 * row of their own, so a new one is seen rather than silently left out.
 */
export function bundleSizes(dist: string, budgetFile: string) {
  if (!fs.existsSync(path.join(dist, "index.html"))) return [{ view: "client not built: run pnpm build" }];
  const assets = path.join(dist, "assets");
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) return [{ view: "no entry script in index.html" }];
  const files = new Set(fs.readdirSync(assets).filter((file) => file.endsWith(".js")));
  const imports = new Map<string, ReturnType<typeof importsOf>>();
  const importsFor = (file: string) => {
    if (!imports.has(file)) imports.set(file, importsOf(fs.readFileSync(path.join(assets, file), "utf8")));
    return imports.get(file)!;
  };
  const staticClosure = (start: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !files.has(file)) return;
      seen.add(file);
      for (const next of importsFor(file).static) visit(next);
    };
    for (const file of start) visit(file);
    return seen;
  };
  // Breadth first from the entry over dynamic imports: the shortest way to each lazy chunk.
  const way = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const loaded of staticClosure([file])) {
      for (const next of importsFor(loaded).dynamic) {
        if (way.has(next) || !files.has(next)) continue;
        way.set(next, [...way.get(file)!, next]);
        queue.push(next);
      }
    }
  }
  const lazy = (pattern: RegExp) => [...way.keys()].find((file) => file !== entry && pattern.test(chunkName(file)));
  const size = (list: Set<string>) => {
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
  const named = new Set<string>();
  const rows: { view: string; way: string[]; extra: string[] }[] = [];
  const missing: string[] = [];
  for (const { view, route, also = [] } of VIEWS) {
    const own = route ? lazy(route) : entry;
    if (!own) {
      missing.push(view);
      continue;
    }
    const extra = also.map(lazy).filter((file): file is string => Boolean(file));
    for (const file of [own, ...extra]) named.add(file);
    rows.push({ view, way: way.get(own)!, extra });
  }
  for (const file of way.keys()) {
    if (file !== entry && !named.has(file)) {
      rows.push({ view: `lazy: ${chunkName(file)}`, way: way.get(file)!, extra: [] });
    }
  }
  // A view the budget names but the build does not have (a chunk renamed, a page merged) is over
  // its budget rather than quietly unmeasured.
  const unmeasured = Object.keys(budget).filter(
    (view) => missing.includes(view) || !VIEWS.some((v) => v.view === view),
  );
  const measured = rows.map(({ view, way: path, extra }) => {
    const { raw, gzip } = size(staticClosure([...path, ...extra.flatMap((file) => way.get(file)!)]));
    const limit = budget[view];
    return {
      view,
      "KB raw": Math.round(raw / 1024),
      "KB gzip": Math.round(gzip / 1024),
      "budget KB gzip": limit ?? "—",
      within: limit === undefined ? "—" : gzip / 1024 <= limit ? "yes" : "NO",
      chunks: path.map(chunkName).join(" → ") + (extra.length ? ` + ${extra.map(chunkName).join(", ")}` : ""),
    };
  });
  return [
    ...measured,
    ...unmeasured.map((view) => ({
      view,
      "budget KB gzip": budget[view],
      within: "NO",
      note: "no such view in the build",
    })),
  ];
}
