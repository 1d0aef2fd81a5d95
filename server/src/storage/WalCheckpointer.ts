import { Worker } from "node:worker_threads";

/** What the worker thread (walCheckpointWorker.js) is given. */
export interface WalCheckpointJob {
  file: string;
  /** Pause between two checkpoints. */
  intervalMs: number;
  /** Past this size the log is started over rather than only copied. */
  resetAboveBytes: number;
}

/**
 * What the worker tells the server's thread: a checkpoint that failed (the next one is tried
 * anyway; the same failure again is not told again until one has worked), or a log still past four times the limit after a restart was tried: appends so close
 * together that the writers' lock was never free when asked for.
 */
export type WalCheckpointNews = { kind: "failed"; message: string } | { kind: "behind"; walBytes: number };

export interface WalCheckpointerLog {
  warn(details: object, message: string): void;
}

/** What the server's own connection does when the worker cannot. */
export interface WalCheckpointerFallback {
  /**
   * The log is past four times its limit: appends came too close together for the worker ever
   * to have the writers' lock. A checkpoint on the server's connection, between two appends,
   * catches up for certain, and the next append starts the log over.
   */
  behind(): void;
  /** The worker is gone: SQLite checkpoints by itself again. */
  gone(): void;
}

/**
 * SQLite's WAL checkpoints in a worker thread. Left to itself, SQLite runs a checkpoint inside
 * whichever commit makes the log pass 1,000 pages, and that append waits for the disk (an fsync)
 * on the event loop: 48 to 320 ms on a busy disk, every meeting's keystrokes waiting behind it
 * (docs/benchmarks-levers.md). With the server's connection set to `wal_autocheckpoint = 0`, this
 * worker does the copying and the waiting instead, on its own connection.
 *
 * A commit's durability does not change: it is in the log when the append returns, checkpoint or
 * not. A failing checkpoint is logged and tried again; if the worker falls behind or is gone, the
 * fallback takes over on the server's connection, so the log cannot grow without end.
 */
export class WalCheckpointer {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;
  #stopping = false;

  constructor(job: WalCheckpointJob, log: WalCheckpointerLog, fallback: WalCheckpointerFallback) {
    // Not the process's own flags (--inspect, --cpu-prof, --input-type…): some are refused in a
    // worker, the others are meant for the server.
    this.#worker = new Worker(new URL("./walCheckpointWorker.js", import.meta.url), { workerData: job, execArgv: [] });
    this.#worker.on("message", (message: WalCheckpointNews) => {
      if (message.kind === "behind") fallback.behind();
      else log.warn({ file: job.file, error: message.message }, "A WAL checkpoint failed; the next is tried as usual");
    });
    this.#worker.on("error", (error) =>
      log.warn({ file: job.file, error: error.message }, "The WAL checkpoint thread failed; SQLite checkpoints itself"),
    );
    this.#exited = new Promise((resolve) =>
      this.#worker.once("exit", () => {
        if (!this.#stopping) fallback.gone();
        resolve();
      }),
    );
    // A server that has closed everything else does not stay up for a checkpoint thread.
    this.#worker.unref();
  }

  /** Stops the worker and waits until its connection is closed. */
  stop(): Promise<void> {
    this.#stopping = true;
    // Held open until the worker has closed its connection, or the process could end first.
    this.#worker.ref();
    this.#worker.postMessage({ kind: "stop" });
    return this.#exited;
  }
}
