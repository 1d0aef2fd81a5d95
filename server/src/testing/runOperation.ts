import { spawn } from "node:child_process";
import path from "node:path";

const OPERATIONS = path.join(import.meta.dirname, "..", "operations");

/** `./samplan backup` / `restore` as the root scripts run them: `node server/src/operations/<name>Command.ts`. */
export function runOperation(
  name: "backup" | "restore",
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(OPERATIONS, `${name}Command.ts`), ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
