import fs from "node:fs";
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Prints what the page showed when a journey failed (Playwright's accessibility snapshot from the
 * error context). CI keeps only what was printed, not the screenshots and traces, so a failure
 * that does not come back by hand still says what the person would have seen.
 */
export default class PageAtFailureReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === "passed" || result.status === "skipped") return;
    for (const attachment of result.attachments) {
      if (attachment.name !== "error-context" || !attachment.path || !fs.existsSync(attachment.path)) continue;
      const snapshot = /```yaml\n([\s\S]*?)```/.exec(fs.readFileSync(attachment.path, "utf8"))?.[1];
      if (!snapshot) continue;
      const lines = snapshot.split("\n");
      const shown = lines.slice(0, 120).join("\n");
      const cut = lines.length > 120 ? `\n  … ${lines.length - 120} more lines` : "";
      process.stdout.write(`\nThe page when "${test.title}" failed:\n${shown}${cut}\n`);
    }
  }
}
