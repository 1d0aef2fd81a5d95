import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const MAIN = path.join(import.meta.dirname, "..", "main.ts");

export interface ChildServer {
  process: ChildProcess;
  port: number;
  url: string;
  output: () => string;
}

/**
 * Samplan as its own process, started exactly as `pnpm start` does, for tests that must kill it
 * or watch it exit. Resolves once it logs that it is listening.
 */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/"port":(\d+)[^\n]*"msg":"Samplan is listening"/);
      if (match) {
        const port = Number(match[1]);
        resolve({ process: child, port, url: `http://127.0.0.1:${port}`, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code, signal) => {
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
      // Killed by the test is expected; falling over by itself is news, and its last words say why.
      if (signal === null && code !== 0) {
        const last = output.split("\n").filter((line) => !/^\{"level":[34]0/.test(line));
        console.error(`Samplan (pid ${child.pid}) exited with ${code}:\n${last.slice(-40).join("\n")}`);
      }
    });
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}
