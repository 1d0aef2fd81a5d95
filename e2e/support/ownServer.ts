import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface OwnServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * An issuer that is never asked: the server discovers its provider only when someone starts an
 * OIDC sign-in, and no journey does. Enough for the server to say "the organisation's login is
 * set up", so accounts can be made for it and the pages show it.
 */
export function organisationLogin(url: string): Record<string, string> {
  return {
    SAMPLAN_PUBLIC_URL: url,
    SAMPLAN_OIDC_ISSUER: "https://login.kommune.invalid",
    SAMPLAN_OIDC_CLIENT_ID: "samplan",
    SAMPLAN_OIDC_CLIENT_SECRET: "a-client-secret-nobody-checks",
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/**
 * A Samplan of the journey's own, for settings the shared servers of playwright.config.ts do not
 * have (the organisation's login, password sign-in off): started as they are, from the built
 * client, in an empty data directory that setupCodeOf finds. Resolves once it is listening.
 */
export async function startOwnServer(
  settings: (url: string) => Record<string, string>,
  options: { clock?: ServerClock } = {},
): Promise<OwnServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-e2e-own-"));
  const servers: Record<string, string> = JSON.parse(process.env.SAMPLAN_E2E_SERVERS ?? "{}");
  process.env.SAMPLAN_E2E_SERVERS = JSON.stringify({ ...servers, [port]: dataDir });
  const child = spawn(process.execPath, ["server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SAMPLAN_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      ...settings(url),
      ...(options.clock?.env ?? {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"msg":"Samplan is listening"')) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`Samplan exited (${code}) before listening:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A clock for a journey's own server that the journey can move forward ("three days later"),
 * through libfaketime (Debian's package, installed with Chromium) reading an offset from a file
 * on every call: no test-only switch in Samplan. Timers keep real time (monotonic is not faked),
 * so the server's polling runs as usual and simply finds the later day.
 */
export class ServerClock {
  private readonly file: string;

  constructor() {
    this.file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samplan-e2e-clock-")), "offset");
    fs.writeFileSync(this.file, "+0d\n");
  }

  get env(): Record<string, string> {
    return {
      LD_PRELOAD: libfaketime(),
      FAKETIME_TIMESTAMP_FILE: this.file,
      // Read again at most once a second: reading it on every call slows the whole server down.
      FAKETIME_CACHE_DURATION: "1",
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
    };
  }

  /** From now on the server's clock is this many seconds ahead of the real one. */
  async setAhead(seconds: number, serverUrl: string): Promise<void> {
    fs.writeFileSync(this.file, `+${Math.round(seconds)}\n`);
    // libfaketime reads the file again only after its cache has run out: until the server says
    // the new time, a session made now would be made on the old day and be over on the new one.
    const target = Date.now() + seconds * 1000 - Math.min(60_000, seconds * 500);
    await expect
      .poll(async () => ((await (await fetch(`${serverUrl}/api/time`)).json()) as { now: number }).now, {
        message: "the server's clock has moved on",
      })
      .toBeGreaterThan(target);
  }
}

/** Where Debian's libfaketime package put the library, on whichever architecture this is. */
function libfaketime(): string {
  const lib = fs
    .readdirSync("/usr/lib")
    .map((dir) => path.join("/usr/lib", dir, "faketime", "libfaketimeMT.so.1"))
    .find((file) => fs.existsSync(file));
  if (!lib) throw new Error("libfaketime is not installed; scripts/ensure-chromium.sh installs it");
  return lib;
}
