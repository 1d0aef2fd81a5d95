/**
 * Commits rows added in the same turn of the event loop together, in one statement, and each
 * caller's promise settles only once that statement has: nothing is acknowledged before it is
 * durable, and when the statement fails every row in it fails with the same error.
 *
 * Hocuspocus handles one connection's messages one after the other, so what a turn groups is the
 * keystrokes of different participants and meetings, read from their sockets in one poll phase.
 * The batch is committed in the turn's check phase (setImmediate), after every socket of the turn
 * was read. While a commit is in flight (a round trip to PostgreSQL; on SQLite, a compaction's
 * transaction holding the one connection), rows wait and go in the next commit, started as soon
 * as that one ends. Commits run one at a time, in the order their rows were added, so a
 * document's updates keep their order in the log.
 */
export class GroupCommit<Row> {
  private readonly commitRows: (rows: Row[]) => Promise<void>;
  private readonly maxRows: number;
  private waiting: Waiting<Row>[] = [];
  private scheduled = false;
  private committing = false;
  /** The promise of the row added last, its failure caught: settled once every row before it is. */
  private last: Promise<void> = Promise.resolve();

  /**
   * @param commitRows writes the rows in one statement (or transaction) and resolves once it is committed.
   * @param maxRows rows per commit at most: a statement's parameters are bounded (SQLite 32,766).
   */
  constructor(commitRows: (rows: Row[]) => Promise<void>, maxRows: number) {
    this.commitRows = commitRows;
    this.maxRows = maxRows;
  }

  /** Resolves once the row is committed; rejects with the commit's error. */
  add(row: Row): Promise<void> {
    const added = new Promise<void>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
    });
    if (!this.scheduled && !this.committing) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
    this.last = added.catch(() => {});
    return added;
  }

  /** Resolves once every row added before this call is committed or has failed: reads wait for it. */
  settled(): Promise<void> {
    return this.last;
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.waiting.length === 0) return;
    const batch = this.waiting.length <= this.maxRows ? this.waiting : this.waiting.slice(0, this.maxRows);
    this.waiting = batch === this.waiting ? [] : this.waiting.slice(this.maxRows);
    this.committing = true;
    this.commitRows(batch.map((waiting) => waiting.row)).then(
      () => this.done(batch, undefined),
      (error: unknown) => this.done(batch, error ?? new Error("commit failed")),
    );
  };

  private done(batch: Waiting<Row>[], error: unknown): void {
    this.committing = false;
    for (const waiting of batch) {
      if (error === undefined) waiting.resolve();
      else waiting.reject(error);
    }
    // Rows that came while this commit was in flight have waited a turn or more already.
    if (this.waiting.length > 0) this.flush();
  }
}

interface Waiting<Row> {
  row: Row;
  resolve: () => void;
  reject: (error: unknown) => void;
}
