/**
 * Which load the capacity search tries next, apart from running it. The first load is a guess
 * near where the servers' limits have been; loads grow by half while they hold (or shrink by a
 * third while they fail) until one holds and a larger one fails, then the limit is narrowed down
 * between the two by geometric halving until the failed load is within `precision` of the held
 * one. Doubling and halving by difference, as before, needed more loads than the budget allowed
 * and left the answer a power of two; this way 10 % takes about eight loads wherever the limit is.
 */
export class CapacitySearch {
  /** Meetings in the last load that held (0: none yet) and the first that failed (null: none yet). */
  held = 0;
  failed: number | null = null;
  readonly #step: number;
  readonly #precision: number;
  #next: number;

  /** `start` and the loads are in meetings, whole multiples of `step`; `precision` a fraction (0.1). */
  constructor(start: number, step: number, precision: number) {
    this.#step = step;
    this.#precision = precision;
    this.#next = this.#round(start);
  }

  #round(meetings: number) {
    return Math.max(this.#step, Math.round(meetings / this.#step) * this.#step);
  }

  /** The load to try next, or null once the limit is found to the precision (or nothing holds). */
  next(): number | null {
    if (this.failed === null) return this.#next;
    if (this.held === 0) return this.failed === this.#step ? null : this.#next;
    if (this.failed <= this.held * (1 + this.#precision)) return null;
    // By ratio rather than difference, in whole steps.
    const middle = this.#round(Math.sqrt(this.held * this.failed));
    if (middle > this.held && middle < this.failed) return middle;
    return this.held + this.#step < this.failed ? this.held + this.#step : null;
  }

  /** What the load `meetings` did: held, or failed (twice running). */
  record(meetings: number, held: boolean) {
    if (held) this.held = meetings;
    else this.failed = meetings;
    if (this.failed === null) this.#next = Math.max(this.#round(meetings * 1.5), meetings + this.#step);
    else if (this.held === 0) this.#next = this.#round(meetings / 1.5);
  }
}
