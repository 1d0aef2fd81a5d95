import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "..", "..", "..");

/**
 * `./samplan backup` / `./samplan restore` as the root package.json's scripts run them (read from
 * there, so a script pointing at the wrong file fails the tests), in the checkout's folder as pnpm
 * runs them, without pnpm's own start-up.
 */
export function runOperation(
  name: "backup" | "restore",
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<
    string,
    string
  >;
  const [program, ...scriptArgs] = scripts[name]!.split(" ");
  if (program !== "node") throw new Error(`the ${name} script no longer starts with node: ${scripts[name]}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...scriptArgs, ...args], {
      cwd: ROOT,
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
    // "close", not "exit": only then has all it wrote been read (with "exit", a refusal's sentence went missing).
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
