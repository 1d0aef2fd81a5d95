import fs from "node:fs";
import path from "node:path";
import { newSecret } from "./secrets.ts";

/**
 * The key that signs connection tokens. From SAMPLAN_TOKEN_SECRET when set (several instances
 * must share it); otherwise generated once into the data directory, readable by the owner only.
 */
export function loadTokenSecret(dataDir: string, fromEnvironment: string | undefined): Uint8Array {
  if (fromEnvironment) return new TextEncoder().encode(fromEnvironment);
  const file = path.join(dataDir, "token-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // "wx": if two processes start at once, one writes and the other reads what it wrote.
    try {
      fs.writeFileSync(file, newSecret(), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  fs.chmodSync(file, 0o600);
  return new TextEncoder().encode(fs.readFileSync(file, "utf8").trim());
}
