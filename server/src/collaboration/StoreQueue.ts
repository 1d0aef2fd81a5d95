import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Runs the work of storing documents one piece at a time, each in a turn of the event loop of its
 * own, in the order it was asked for.
 *
 * Hocuspocus stores a document once its edits settle, and at the latest maxDebounce (10 s) after
 * the first of them: meetings that began typing together are stored together, every ten seconds
 * (after a restart, every meeting reconnects at once). Their timers fire in one timers phase, and
 * on SQLite a compaction or a snapshot runs to its end on the event loop, so fifty meetings held
 * the loop for hundreds of milliseconds while keystrokes waited (docs/benchmarks-levers.md). One
 * at a time and a turn apart, the sockets are read between two of them. Nobody waits for a store
 * but the store itself: a participant's edit is durable before it is acknowledged, regardless.
 */
export class StoreQueue {
  private last: Promise<unknown> = Promise.resolve();

  /** Runs `work` after everything queued before it, at the start of a turn of its own. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const done = this.last.then(() => nextTurn()).then(work);
    this.last = done.catch(() => {});
    return done;
  }
}
