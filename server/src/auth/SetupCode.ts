import { timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { formatJoinCode, newJoinCode } from "./secrets.ts";

/**
 * The one-time code that lets the first coordinator be created through the web page. It exists
 * only while there is no account; it is written to the data directory (owner-only) and logged,
 * so only someone who can read the server's log or disk can claim a fresh installation.
 */
export class SetupCode {
  private code: string | null = null;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "setup-code");
  }

  /** Makes sure a code exists (when no account does) and returns it. */
  ensure(): string {
    if (this.code) return this.code;
    if (fs.existsSync(this.file)) {
      this.code = fs.readFileSync(this.file, "utf8").trim();
    } else {
      this.code = formatJoinCode(newJoinCode().code);
      // On PostgreSQL with SAMPLAN_TOKEN_SECRET set, nothing else has made the data directory yet.
      fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(this.file, `${this.code}\n`, { mode: 0o600 });
    }
    return this.code;
  }

  matches(candidate: string): boolean {
    if (!this.code) return false;
    const a = Buffer.from(normalise(candidate));
    const b = Buffer.from(normalise(this.code));
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Forgets the code once the first account exists. */
  consume(): void {
    this.code = null;
    fs.rmSync(this.file, { force: true });
  }
}

function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}
