// `pnpm test`: every check and test in the project, in the order that fails fastest, ending with
// one line "N passed, N failed" that counts every test case run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort.ts";

const root = path.resolve(import.meta.dirname, "..");
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-test-reports-"));
const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${step}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(step);
  return ok;
}

function countVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  printSlowest(report.testResults ?? []);
}

/**
 * The test files that took longest, so a file creeping towards its limit is seen before it
 * fails on a busy machine. Files over 20 s are marked; the README says why those that must be.
 */
function printSlowest(files: { name: string; startTime: number; endTime: number }[]) {
  const slowest = files
    .map((file) => ({ name: path.relative(root, file.name), seconds: (file.endTime - file.startTime) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 10);
  console.log("\nSlowest test files:");
  for (const { name, seconds } of slowest) {
    console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}${seconds > 20 ? "  (over 20 s)" : ""}`);
  }
}

function countPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  counts.failed += stats?.unexpected ?? 0;
  counts.skipped += stats?.skipped ?? 0;
}

run("typecheck", "pnpm", ["typecheck"]);
run("lint", "pnpm", ["lint"]);
// A few seconds: unused files, exports and dependencies, and shipped code importing a devDependency.
run("unused code and dependencies", "pnpm", ["knip"]);
// Passes with a warning when the registry's audit endpoint cannot be reached (see scripts/audit.ts).
run("dependency audit", "node", ["scripts/audit.ts"]);

const vitestReport = path.join(reports, "vitest.json");
run("unit and integration", "pnpm", [
  "exec",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
countVitest(vitestReport);

const e2ePort = await freePort();
let laterPort = await freePort();
while (laterPort === e2ePort) laterPort = await freePort();

if (run("build the client", "pnpm", ["build"])) {
  run("bundle budget", "node", ["scripts/bundle-budget.ts"]);
  run("production install starts", "node", ["scripts/production-start.ts"]);
  const playwrightReport = path.join(reports, "playwright.json");
  run("end to end", "pnpm", ["exec", "playwright", "test", "--config", "e2e/playwright.config.ts"], {
    SAMPLAN_E2E_PORT: String(e2ePort),
    // The second server, whose clock is a year ahead (see e2e/playwright.config.ts).
    SAMPLAN_E2E_LATER_PORT: String(laterPort),
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  countPlaywright(playwrightReport);
}

fs.rmSync(reports, { recursive: true, force: true });
console.log("");
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(", ")}`);
// A step that failed without a failing test case (a type error, a lint finding, a build that broke)
// still counts as a failure, so the closing line never reads "0 failed" on a red run.
const failed = counts.failed + (failedSteps.length > 0 && counts.failed === 0 ? failedSteps.length : 0);
console.log(`${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
