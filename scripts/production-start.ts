// The production install starts: what the Dockerfile does — an install of the server's runtime
// dependencies only, then `node server/src/main.ts` — done in a temporary folder, so a package
// the server imports but declares only as a dev dependency fails here rather than in a
// municipality's deployment. pnpm's content-addressed store makes the install take seconds.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort.ts";

const root = path.resolve(import.meta.dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-production-"));
const READY_WITHIN_MS = 30_000;

/** What the Dockerfile copies into its build stage: manifests, the lockfile and the runtime sources. */
function copyProject(): void {
  for (const file of ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", "tsconfig.json"]) {
    fs.copyFileSync(path.join(root, file), path.join(work, file));
  }
  // The patches pnpm applies at install (pnpm-workspace.yaml, patchedDependencies; docs/caret.md).
  fs.cpSync(path.join(root, "patches"), path.join(work, "patches"), { recursive: true });
  for (const pkg of ["shared", "server", "client", "e2e"]) {
    fs.mkdirSync(path.join(work, pkg));
    fs.copyFileSync(path.join(root, pkg, "package.json"), path.join(work, pkg, "package.json"));
  }
  for (const source of ["shared/src", "server/src"]) {
    fs.cpSync(path.join(root, source), path.join(work, source), {
      recursive: true,
      filter: (from) => !from.endsWith(".test.ts"),
    });
  }
}

/** Polls a probe until it answers 200 or the deadline passes; says what it last saw. */
async function probe(url: string, server: ChildProcess, deadline: number): Promise<string | null> {
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) return `the server exited with code ${server.exitCode}`;
    try {
      const answer = await fetch(url);
      if (answer.ok) return null;
      last = `HTTP ${answer.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return `${url}: ${last} after ${READY_WITHIN_MS / 1000} s`;
}

async function main(): Promise<number> {
  copyProject();
  const install = spawnSync(
    "pnpm",
    [
      "install",
      "--prod",
      "--frozen-lockfile",
      "--prefer-offline",
      "--reporter=silent",
      "--filter",
      "@samplan/server...",
    ],
    { cwd: work, stdio: "inherit" },
  );
  if (install.status !== 0) {
    console.error("production install: pnpm install --prod failed");
    return 1;
  }

  const port = await freePort();
  const dataDir = path.join(work, "data");
  const output: string[] = [];
  const server = spawn(process.execPath, ["server/src/main.ts"], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SAMPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.stdout, server.stderr]) stream?.on("data", (chunk) => output.push(String(chunk)));

  const deadline = Date.now() + READY_WITHIN_MS;
  const failures: string[] = [];
  for (const path of ["/healthz", "/readyz"]) {
    const failure = await probe(`http://127.0.0.1:${port}${path}`, server, deadline);
    if (failure) failures.push(failure);
  }
  server.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));

  if (failures.length > 0) {
    console.error(`production install: the server did not come up\n  ${failures.join("\n  ")}`);
    console.error(output.join("").split("\n").slice(-20).join("\n"));
    return 1;
  }
  console.log(`production install: a --prod install in ${work} started and answered /healthz and /readyz`);
  return 0;
}

const status = await main().finally(() => fs.rmSync(work, { recursive: true, force: true }));
process.exit(status);
