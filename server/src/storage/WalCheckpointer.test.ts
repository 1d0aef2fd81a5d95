import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeDataDir, removeDataDir, waitFor } from "../testing/testServer.ts";
import { DocumentStore } from "./DocumentStore.ts";
import { openDatabase } from "./openDatabase.ts";
import { WalCheckpointer } from "./WalCheckpointer.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir() {
  const dir = makeDataDir();
  cleanups.push(() => removeDataDir(dir));
  return dir;
}

const MB = 1024 * 1024;
const walBytes = (file: string) => fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
const update = new Uint8Array(48).map((_, i) => i);

describe("SQLite's checkpoints in a thread of their own", () => {
  it("keeps the log within a few times its limit while appends keep coming, and starts it over", async () => {
    const file = path.join(dataDir(), "samplan.sqlite");
    const handle = await openDatabase({ sqliteFile: file }, { checkpoints: { intervalMs: 20, resetAboveBytes: MB } });
    cleanups.push(() => handle.db.destroy());
    const store = new DocumentStore(handle.db, "sqlite");
    // About 2,000 appends a second for 2 s, 20 a turn of the event loop, as a busy server makes
    // them: some 40 MB of log, which without checkpoints would all stay in the file.
    const sizes: number[] = [];
    let appended = 0;
    const started = Date.now();
    while (Date.now() - started < 2_000) {
      for (let i = 0; i < 20; i++) await store.append(`meeting:${appended++ % 10}`, update);
      sizes.push(walBytes(file));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(appended).toBeGreaterThan(1_000);
    expect(Math.max(...sizes)).toBeLessThan(8 * MB);
    // Started over: the file got shorter while the appends went on.
    expect(sizes.some((size, i) => i > 0 && size < sizes[i - 1]!)).toBe(true);
    // Once caught up, the next append writes from the start of the log and cuts the file to its limit.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await store.append("meeting:0", update);
    expect(walBytes(file)).toBeLessThanOrEqual(MB);
    let stored = 0;
    for (let m = 0; m < 10; m++) stored += (await store.size(`meeting:${m}`)).updates;
    expect(stored).toBe(appended + 1);
  });

  it("stops its thread before the connection closes, so the close leaves no log behind", async () => {
    const file = path.join(dataDir(), "samplan.sqlite");
    const handle = await openDatabase({ sqliteFile: file });
    const store = new DocumentStore(handle.db, "sqlite");
    for (let i = 0; i < 200; i++) await store.append("meeting:a", update);
    expect(walBytes(file)).toBeGreaterThan(0);
    await handle.db.destroy();
    // SQLite removes the log only when the last connection to the file closes: the thread's had closed first.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reopened = await openDatabase({ sqliteFile: file });
    expect((await new DocumentStore(reopened.db, "sqlite").size("meeting:a")).updates).toBe(200);
    await reopened.db.destroy();
  });

  it("keeps every acknowledged append when the process is killed while the thread checkpoints", {
    timeout: 60_000,
  }, async () => {
    const file = path.join(dataDir(), "samplan.sqlite");
    const url = (name: string) => new URL(name, import.meta.url).href;
    // A process of its own that appends as fast as it can, with checkpoints every 5 ms, and says
    // how many appends had returned; it is killed in the middle of that.
    const script = `
      const { openDatabase } = await import(${JSON.stringify(url("./openDatabase.ts"))});
      const { DocumentStore } = await import(${JSON.stringify(url("./DocumentStore.ts"))});
      const handle = await openDatabase({ sqliteFile: ${JSON.stringify(file)} }, { checkpoints: { intervalMs: 5, resetAboveBytes: 256 * 1024 } });
      const store = new DocumentStore(handle.db, "sqlite");
      for (let i = 1; ; i++) {
        await store.append("meeting:a", new Uint8Array([i % 256]));
        if (i % 100 === 0) { process.stdout.write(i + "\\n"); await new Promise((r) => setImmediate(r)); }
      }`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let acknowledged = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      acknowledged = Math.max(acknowledged, ...chunk.toString().trim().split("\n").map(Number));
    });
    await waitFor(() => acknowledged >= 5_000, 30_000, "5,000 appends");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const reopened = await openDatabase({ sqliteFile: file });
    cleanups.push(() => reopened.db.destroy());
    expect((await new DocumentStore(reopened.db, "sqlite").size("meeting:a")).updates).toBeGreaterThanOrEqual(
      acknowledged,
    );
  });

  it("logs a thread that cannot work, hands checkpoints back to SQLite, and still stops cleanly", async () => {
    const file = path.join(dataDir(), "not-a-database.sqlite");
    fs.writeFileSync(file, "this is not a SQLite file, and a checkpoint of it fails".repeat(100));
    const warnings: string[] = [];
    let handedBack = false;
    const checkpointer = new WalCheckpointer(
      { file, intervalMs: 10, resetAboveBytes: MB },
      { warn: (_details, message) => warnings.push(message) },
      { behind: () => {}, gone: () => (handedBack = true) },
    );
    await waitFor(() => handedBack, 10_000, "checkpoints handed back");
    expect(warnings.length).toBeGreaterThan(0);
    await checkpointer.stop();
  });
});
