// `pnpm audit:deps`: the dependency audit. Fails on a high or critical advisory that is not in
// audit-allowlist.json (or whose entry has expired). When the registry's audit endpoint cannot be
// reached it warns and passes, so a registry outage never fails a build; SAMPLAN_AUDIT_REQUIRED=1
// makes that a failure too, for a pipeline that must have an audit on record.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { exitCode, judge, parseAllowList } from "./auditPolicy.ts";

const root = path.resolve(import.meta.dirname, "..");
const allowListFile = path.join(root, "audit-allowlist.json");
const required = process.env.SAMPLAN_AUDIT_REQUIRED === "1";

const allowList = parseAllowList(JSON.parse(fs.readFileSync(allowListFile, "utf8")));
const result = spawnSync("pnpm", ["audit", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
// A timeout or a pnpm that never started is an endpoint we could not reach, not a finding.
const output = result.error ? `ETIMEDOUT: ${result.error.message}` : `${result.stdout}`;
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
