// The servers the bench measures, each a child process of its own so its CPU and memory can be
// read from /proc apart from the load generator's.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Case, ConnectionToken, CreatedInvitation, Meeting, Member } from "@samplan/shared/api";
import type { WireName } from "./wires.ts";

const root = path.resolve(import.meta.dirname, "../..");

export interface BenchMeeting {
  documentName: string;
  token: string;
}

export interface Target {
  name: string;
  child: ChildProcess;
  /** Base websocket address; the wire adds the document's name where its protocol wants it. */
  url: string;
  wire: WireName;
  /** The first `count` meetings, created on demand, each with a fresh connection token. */
  meetings(count: number): Promise<BenchMeeting[]>;
  /** The child's DevTools websocket, when started with `inspect` (to force a garbage collection). */
  inspector: string | null;
  /** HTTP base, for /metrics and the API; null for the bare servers. */
  http: string | null;
  /** The first coordinator's session cookie; null for the bare servers. */
  cookie: string | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Open the DevTools protocol on a free port, so the bench can force a garbage collection. */
  inspect?: boolean;
  /** Write a CPU profile of the server into this directory when it stops. */
  cpuProfileDir?: string;
}

function start(script: string, options: StartOptions) {
  const flags = [
    ...(options.inspect ? ["--inspect=127.0.0.1:0"] : []),
    ...(options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
  ];
  return new Promise<{ child: ChildProcess; port: number; inspector: string | null }>((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script], {
      cwd: root,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let inspector: string | null = null;
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = String(chunk);
      const match = /Debugger listening on (ws:\/\/\S+)/.exec(text);
      if (match) inspector = match[1]!;
      else if (!/For help, see|Debugger attached|Waiting for the debugger/.test(text)) process.stderr.write(text);
    });
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const match = /"port":(\d+)/.exec(out);
      if (match && /listening/i.test(out)) {
        child.stdout!.removeAllListeners("data");
        child.stdout!.resume();
        resolve({ child, port: Number(match[1]), inspector });
      }
    });
    child.once("exit", (code, signal) => {
      reject(new Error(`${script} exited ${code}: ${out}`));
      // After it was ready, only stop() should end it; anything else would read as a slow server.
      if (!stopping.has(child)) console.error(`${script} exited unexpectedly (${code ?? signal})`);
    });
  });
}

const stopping = new WeakSet<ChildProcess>();

function stopper(child: ChildProcess, cleanup = () => {}) {
  return () =>
    new Promise<void>((resolve) => {
      stopping.add(child);
      if (child.exitCode !== null) return resolve(cleanup());
      // Samplan stores its documents before it exits; a CPU profile is written on that exit too.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        cleanup();
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/** One API call; `T` is the answer's type, taken on trust (the bench drives a server it just started). */
async function api<T = unknown>(
  base: string,
  cookie: string | null,
  method: string,
  pathname: string,
  body?: unknown,
): Promise<{ body: T; cookie: string | null }> {
  const response = await fetch(`${base}${pathname}`, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get("set-cookie");
  return { body: (await response.json().catch(() => null)) as T, cookie: setCookie?.split(";")[0] ?? cookie };
}

/** The first coordinator, set up with the code a fresh Samplan writes to its data directory. */
export async function setUpCoordinator(base: string, dataDir: string): Promise<string> {
  const setupCode = fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
  const setup = await api(base, null, "POST", "/api/setup", {
    setupCode,
    username: "bench",
    displayName: "Bench",
    password: "benchmark-password",
  });
  return setup.cookie!;
}

export { api };

/**
 * A case with Mia Borger on its roster and a meeting under way (begun a minute ago, as when she
 * opens it from the meeting room): what the browser measurements open, through the HTTP API.
 */
export async function citizensMeeting(base: string, cookie: string | null) {
  const kase = (await api<Case>(base, cookie, "POST", "/api/cases", { citizenName: "Mia Borger" })).body;
  const citizen = (
    await api<Member>(base, cookie, "POST", `/api/cases/${kase.id}/members`, { name: "Mia Borger", role: "borger" })
  ).body;
  const meeting = (
    await api<Meeting>(base, cookie, "POST", `/api/cases/${kase.id}/meetings`, {
      title: "Netværksmøde",
      startsAt: new Date(Date.now() - 60_000).toISOString(),
    })
  ).body;
  return { citizen, meeting };
}

/** A fresh personal invitation link for her: each use is a first visit, not a return with a session. */
export async function citizenInvitationPath(
  base: string,
  cookie: string | null,
  meeting: { id: string },
  citizen: { id: string },
): Promise<string> {
  const { joinPath } = (
    await api<CreatedInvitation>(base, cookie, "POST", `/api/meetings/${meeting.id}/invitations`, {
      memberId: citizen.id,
      kind: "link",
      confirmWithoutConsent: true,
    })
  ).body;
  return joinPath;
}

/** Samplan with a fresh data directory; its connections carry real tokens. */
export async function samplanTarget(options: StartOptions = {}): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-bench-"));
  const { child, port, inspector } = await start("server/src/main.ts", {
    ...options,
    env: {
      PORT: "0",
      SAMPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      // Every bench client comes from 127.0.0.1; the per-address limit would refuse most of them
      // (100,000 a minute is the most the configuration accepts).
      SAMPLAN_CONNECTIONS_PER_MINUTE: "100000",
      ...options.env,
    },
  });
  const base = `http://127.0.0.1:${port}`;
  const cookie = await setUpCoordinator(base, dataDir);
  const caseId = (await api<Case>(base, cookie, "POST", "/api/cases", { citizenName: "Bench" })).body.id;
  const created: { id: string; documentName: string }[] = [];
  return {
    name: "samplan",
    child,
    url: `ws://127.0.0.1:${port}/collaboration`,
    wire: "hocuspocus",
    inspector,
    http: base,
    cookie,
    async meetings(count) {
      while (created.length < count) {
        const meeting = (
          await api<Meeting>(base, cookie, "POST", `/api/cases/${caseId}/meetings`, {
            title: `M${created.length}`,
            startsAt: "2026-12-01T10:00:00Z",
          })
        ).body;
        created.push({ id: meeting.id, documentName: meeting.documentName });
      }
      // Tokens live five minutes: fresh ones for every round of connections.
      return Promise.all(
        created.slice(0, count).map(async (meeting) => ({
          documentName: meeting.documentName,
          token: (await api<ConnectionToken>(base, cookie, "POST", `/api/meetings/${meeting.id}/connection-token`)).body
            .token,
        })),
      );
    },
    stop: stopper(child, () => fs.rmSync(dataDir, { recursive: true, force: true })),
  };
}

function bareTarget(name: string, script: string, wire: WireName) {
  return async (options: StartOptions = {}): Promise<Target> => {
    const { child, port, inspector } = await start(script, options);
    return {
      name,
      child,
      url: `ws://127.0.0.1:${port}`,
      wire,
      inspector,
      http: null,
      cookie: null,
      meetings: async (count) =>
        Array.from({ length: count }, (_, i) => ({ documentName: `bench-${i}`, token: "bench" })),
      stop: stopper(child),
    };
  };
}

/** Hocuspocus with no extensions at all. */
export const bareHocuspocusTarget = bareTarget("bare hocuspocus", "server/bench/bareHocuspocus.ts", "hocuspocus");
/** y-websocket's reference server. */
export const bareYWebsocketTarget = bareTarget("bare y-websocket", "server/bench/bareYWebsocket.ts", "y-websocket");
