import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.SAMPLAN_E2E_PORT ?? 3199);
// A second server whose clock is a year ahead, for the journeys that prove they do not depend on the day.
const laterPort = Number(process.env.SAMPLAN_E2E_LATER_PORT ?? port + 1);
const YEAR_AHEAD_DAYS = 365;

// Every run starts from an empty Samplan: its own data directories, removed by the OS temp cleaner.
function dataDirFor(variable: string): string {
  const dir = process.env[variable] ?? fs.mkdtempSync(path.join(os.tmpdir(), "samplan-e2e-"));
  process.env[variable] = dir;
  return dir;
}
const dataDir = dataDirFor("SAMPLAN_E2E_DATA_DIR");
const laterDataDir = dataDirFor("SAMPLAN_E2E_LATER_DATA_DIR");
// Which data directory (and so which setup code) belongs to which server, for coordinatorEnters.
process.env.SAMPLAN_E2E_SERVERS = JSON.stringify({ [port]: dataDir, [laterPort]: laterDataDir });

function server(listenOn: number, dir: string, command: string) {
  return {
    command,
    cwd: root,
    url: `http://127.0.0.1:${listenOn}/api/auth`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { PORT: String(listenOn), HOST: "127.0.0.1", SAMPLAN_DATA_DIR: dir, LOG_LEVEL: "error" },
  };
}

export default defineConfig<{ clockShiftDays: number }>({
  testDir: ".",
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Every journey is split so it needs well under half of this on the standard 2-core machine;
  // one that is long by nature says so itself (test.slow()) with the reason.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // pnpm test names a JSON report file to count results; run by hand, the list is enough;
  // and every failure prints the page as it was (CI keeps what was printed, not the screenshots).
  reporter: [
    ["list"],
    ["./support/pageAtFailureReporter.ts"],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["json"] as ["json"]] : []),
  ],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // As root in a container, with no network beyond loopback.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    { name: "today", use: { baseURL: `http://127.0.0.1:${port}` } },
    {
      // The follow-up journey is the one full of dates (meetings, deadlines, when progress
      // happened): run again with server and browsers a year ahead, writing dates a year ahead.
      name: "a year from now",
      testMatch: /network-follows-up-.*\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${laterPort}`, clockShiftDays: YEAR_AHEAD_DAYS },
    },
  ],
  webServer: [
    server(port, dataDir, "node server/src/main.ts"),
    // faketime (Debian's package, installed by scripts/ensure-chromium.sh) moves the server's
    // clock without a test-only switch in Samplan itself.
    server(laterPort, laterDataDir, `faketime -f "+${YEAR_AHEAD_DAYS}d" node server/src/main.ts`),
  ],
});
