// The worker thread behind WalCheckpointer.ts: its own connection to the server's SQLite file,
// which copies the write-ahead log into the database (and waits for the disk doing so) while the
// server's event loop goes on. JavaScript, not TypeScript, on purpose: Node strips types with a
// WebAssembly compiler loaded into each thread that meets a .ts file, 18 MB of the worker's 37
// (measured on Node 24.21). Imports only Node and better-sqlite3; the types are in WalCheckpointer.ts.
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** @type {import("./WalCheckpointer.ts").WalCheckpointJob} */
const job = workerData;
const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
const wal = `${job.file}-wal`;
const db = new Database(job.file, { fileMustExist: true });
// Never wait for the server's connection: a checkpoint that cannot have a lock now is tried again
// at the next turn, while the server's appends, which do wait (busy_timeout), go first.
db.pragma("busy_timeout = 0");
db.pragma("synchronous = NORMAL");
db.pragma(`journal_size_limit = ${job.resetAboveBytes}`);

/** @type {NodeJS.Timeout | undefined} */
let timer;
const walBytes = () => fs.statSync(wal, { throwIfNoEntry: false })?.size ?? 0;

/** The failure last told, so that a full disk is one log line, not ten a second. */
let failing = "";
/** @param {import("./WalCheckpointer.ts").WalCheckpointNews} news */
const tell = (news) => port.postMessage(news);

function checkpoint() {
  try {
    // PASSIVE copies what it can without taking the writers' lock: the fsync waits here, not in
    // an append. It never starts the log over, and while appends keep coming it never quite
    // catches up, so past the limit RESTART follows: it has only what came meanwhile left to
    // copy, holds the writers' lock for that moment (or falls back to PASSIVE when it cannot have
    // it now) and makes the next append write from the start of the file, which that append then
    // cuts to journal_size_limit. RESTART rather than TRUNCATE: emptying the file only for the
    // appends to grow it again measured slower (docs/benchmarks.md).
    db.pragma("wal_checkpoint(PASSIVE)");
    if (walBytes() > job.resetAboveBytes) {
      db.pragma("wal_checkpoint(RESTART)");
      const after = walBytes();
      if (after > 4 * job.resetAboveBytes) tell({ kind: "behind", walBytes: after });
    }
    failing = "";
  } catch (error) {
    const { message } = /** @type {Error} */ (error);
    if (message !== failing) tell({ kind: "failed", message });
    failing = message;
  }
  timer = setTimeout(checkpoint, job.intervalMs);
}

port.on("message", (/** @type {{ kind: "stop" }} */ message) => {
  if (message.kind !== "stop") return;
  clearTimeout(timer);
  db.close();
  port.close();
});
checkpoint();
