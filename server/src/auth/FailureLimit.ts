import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiter } from "./rateLimiterStore.ts";

/** Refused before the credential was even looked at; the answer is 429 with Retry-After. */
export class TooManyAttempts extends Error {
  override name = "TooManyAttempts";
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super("Too many attempts; wait a few minutes and try again");
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

export interface FailureLimitOptions {
  /** Names the count, and its keys in Redis. */
  name: string;
  /** Failures a key may have within `windowSeconds`; the attempt after them is refused. */
  failures: number;
  windowSeconds: number;
  /** How long a key stays refused once its failures are used up. */
  lockSeconds: number;
  /** From this many failures on, a key gets one attempt per `pauseSeconds` until it is locked. */
  slowAfter?: number;
  pauseSeconds?: number;
  /** A success forgets the key's failures (an account), rather than only not counting (an address). */
  forgetOnSuccess?: boolean;
  /** Set, every instance shares one count; unset, the count is this process's. */
  redis?: Redis | null;
}

/** One attempt that holds a place in its counts until it is known to have failed or succeeded. */
export interface Attempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
  /** The credential was never checked (another count refused): the place is given back. */
  release(): Promise<void>;
}

/**
 * Counts failed attempts per key (an account, an address), not attempts: a person who gets it
 * right is never refused because others behind the same address got it right before them.
 *
 * An attempt takes its point before the credential is checked and gives it back on success. The
 * take is atomic in memory and in Redis, so guesses sent in parallel cannot all slip in before the
 * first failure is counted.
 */
export class FailureLimit {
  private readonly count: RateLimiterAbstract;
  private readonly pace: RateLimiterAbstract | null;
  private readonly slowAfter: number;
  private readonly forgetOnSuccess: boolean;
  private readonly failures: number;

  constructor(options: FailureLimitOptions) {
    this.count = rateLimiter(options.redis, `${options.name}:failures`, options.failures, options.windowSeconds, {
      blockDuration: options.lockSeconds,
    });
    this.pace =
      options.slowAfter !== undefined && options.pauseSeconds
        ? rateLimiter(options.redis, `${options.name}:pace`, 1, options.pauseSeconds)
        : null;
    this.slowAfter = options.slowAfter ?? Number.POSITIVE_INFINITY;
    this.forgetOnSuccess = options.forgetOnSuccess ?? false;
    this.failures = options.failures;
  }

  /**
   * For a credential that is quick to check and cannot be guessed (a signed connection token):
   * counts only failures, once known, and holds no place while the check is under way, so any
   * number of honest attempts may be in flight at once from one address, as when every tablet
   * behind a jobcentre's one address reconnects after a restart. Throws TooManyAttempts once the
   * key has had its `failures` within the window, until the window or the lock ends.
   */
  async failuresOnly(key: string): Promise<Attempt> {
    const state = await this.count.get(key);
    if (state && state.consumedPoints >= this.failures) throw new TooManyAttempts(state.msBeforeNext / 1000);
    const failed = async () => {
      // The failure that reaches the limit locks the key; the refusal is for the attempts after it.
      await consume(this.count, key).catch((error) => {
        if (!(error instanceof TooManyAttempts)) throw error;
      });
    };
    let settled = false;
    const once = (how: () => Promise<void>) => async () => {
      if (settled) return;
      settled = true;
      await how();
    };
    const nothing = async () => {};
    return { succeeded: once(nothing), failed: once(failed), release: once(nothing) };
  }

  /** Takes a place for one attempt, or throws TooManyAttempts when the key is paused or locked. */
  async attempt(key: string): Promise<Attempt> {
    const taken = await consume(this.count, key);
    if (taken.consumedPoints > this.slowAfter && this.pace) {
      try {
        await consume(this.pace, key);
      } catch (error) {
        await this.count.reward(key, 1);
        throw error;
      }
    }
    let settled = false;
    const settle = async (how: () => Promise<unknown>) => {
      if (settled) return;
      settled = true;
      await how();
    };
    return {
      succeeded: () =>
        settle(() =>
          this.forgetOnSuccess
            ? Promise.all([this.count.delete(key), this.pace?.delete(key)])
            : this.count.reward(key, 1),
        ),
      failed: () => settle(async () => {}),
      release: () => settle(() => this.count.reward(key, 1)),
    };
  }
}

/**
 * One attempt held in several counts at once (the account and the address): refused if any of
 * them refuses, and then it leaves no mark on the others.
 */
export async function attemptAll(parts: [FailureLimit, string][]): Promise<Attempt> {
  const results = await Promise.allSettled(parts.map(([limit, key]) => limit.attempt(key)));
  const held = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  if (refusals.length > 0) {
    await Promise.all(held.map((attempt) => attempt.release()));
    const waits = refusals.filter((reason) => reason instanceof TooManyAttempts);
    if (waits.length < refusals.length) throw refusals.find((reason) => !(reason instanceof TooManyAttempts));
    throw new TooManyAttempts(Math.max(...waits.map((wait) => wait.retryAfterSeconds)));
  }
  return {
    succeeded: async () => {
      await Promise.all(held.map((attempt) => attempt.succeeded()));
    },
    failed: async () => {
      await Promise.all(held.map((attempt) => attempt.failed()));
    },
    release: async () => {
      await Promise.all(held.map((attempt) => attempt.release()));
    },
  };
}

async function consume(limit: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limit.consume(key, 1);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw new TooManyAttempts(refusal.msBeforeNext / 1000);
    throw refusal;
  }
}
