import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.SAMPLAN_E2E_PORT ?? 3199);
// Every run starts from an empty Samplan: its own data directory, removed by the OS temp cleaner.
const dataDir = process.env.SAMPLAN_E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "samplan-e2e-"));
process.env.SAMPLAN_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: ".",
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // pnpm test names a JSON report file to count results; run by hand, the list is enough.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // As root in a container, with no network beyond loopback.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  webServer: {
    command: "node server/src/main.ts",
    cwd: root,
    url: `http://127.0.0.1:${port}/api/auth`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(port), HOST: "127.0.0.1", SAMPLAN_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  },
});
