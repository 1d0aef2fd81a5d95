// `pnpm audit:deps`: the dependency audit. Fails on a high or critical advisory that is not in
// audit-allowlist.json (or whose entry has expired). When the registry's audit endpoint cannot be
// reached it warns and passes, so a registry outage never fails a build; SAMPLAN_AUDIT_REQUIRED=1
// makes that a failure too, for a pipeline that must have an audit on record.
//
// The audit is pnpm 12's, not the workspace's pnpm 10: pnpm 10 still asks the registry's retired
// audit endpoints (/-/npm/v1/security/audits and /quick, pnpm issue 13033), pnpm 12 asks the bulk
// advisory endpoint (/-/npm/v1/security/advisories/bulk). Only the audit moves: a new major of the
// package manager for installs (its store, its lockfile handling, its defaults) is a change of its
// own. pnpm 12 insists on fetching the pnpm that `packageManager` names, so it reads a copy of the
// manifests and the lockfile without that field.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exitCode, judge, parseAllowList } from "./auditPolicy.ts";

const root = path.resolve(import.meta.dirname, "..");
const allowListFile = path.join(root, "audit-allowlist.json");
const required = process.env.SAMPLAN_AUDIT_REQUIRED === "1";

const allowList = parseAllowList(JSON.parse(fs.readFileSync(allowListFile, "utf8")));
const AUDIT_PNPM = "pnpm@12.23.0";
const MANIFESTS = ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", "client", "server", "shared", "e2e"];

/** The workspace's manifests and lockfile in a folder of their own, without `packageManager`. */
function manifestCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-audit-"));
  for (const entry of MANIFESTS) {
    const file = entry.endsWith(".json") || entry.endsWith(".yaml") ? entry : path.join(entry, "package.json");
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  delete manifest.packageManager;
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

const copy = manifestCopy();
const result = spawnSync("npx", ["--yes", AUDIT_PNPM, "audit", "--json"], {
  cwd: copy,
  encoding: "utf8",
  timeout: 180_000,
});
fs.rmSync(copy, { recursive: true, force: true });
// A timeout or a pnpm that never started is an endpoint we could not reach, not a finding.
const output = result.error
  ? `ETIMEDOUT: ${result.error.message}`
  : `${result.stdout}${result.stdout ? "" : result.stderr}`;
const verdict = judge(output, allowList, new Date());

if (verdict.kind === "unreachable") {
  const warning = `the registry's audit endpoint could not be reached, so no dependency audit was done (${verdict.message})`;
  if (required) console.error(`Dependency audit FAILED: ${warning}. SAMPLAN_AUDIT_REQUIRED=1 asks for one.`);
  else console.warn(`WARNING: ${warning}. Set SAMPLAN_AUDIT_REQUIRED=1 to make this fail.`);
} else if (verdict.kind === "failed") {
  console.error(`Dependency audit FAILED: ${verdict.message}`);
} else {
  for (const { advisory, expired } of verdict.blocking) {
    const id = advisory.github_advisory_id ?? advisory.id;
    const note = expired ? ` (allowed until ${expired.expires}: ${expired.reason}; look at it again)` : "";
    console.error(`${advisory.severity.toUpperCase()} ${advisory.module_name}: ${advisory.title} [${id}]${note}`);
    if (advisory.url) console.error(`  ${advisory.url}`);
  }
  for (const advisory of verdict.allowed) {
    console.log(
      `allowed: ${advisory.module_name} [${advisory.github_advisory_id ?? advisory.id}], see audit-allowlist.json`,
    );
  }
  const { low, moderate } = verdict.lower;
  console.log(
    `Dependency audit: ${verdict.blocking.length} blocking, ${verdict.allowed.length} allowed, ` +
      `${moderate} moderate and ${low} low not blocking.`,
  );
}
process.exit(exitCode(verdict, required));
