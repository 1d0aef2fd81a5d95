import type { Redis } from "ioredis";
import { FailureLimit } from "./FailureLimit.ts";
import { RequestLimit } from "./RequestLimit.ts";

/** How many wrong guesses each way in is allowed, and what happens after them. */
export interface AccessLimits {
  /** Wrong passwords per account: slowed after 5, locked for 15 minutes after 10. */
  signInAccount: FailureLimit;
  /** Wrong sign-ins per address, over all accounts: a run through many usernames. */
  signInAddress: FailureLimit;
  /** Wrong setup codes per address. */
  setup: FailureLimit;
  /** Wrong join codes per address. */
  joinCode: FailureLimit;
  /** Wrong link secrets per address; counted apart, so typos in codes never lock out a real link. */
  joinLink: FailureLimit;
  /** Reports of a page that failed to draw, per address: every one counts. */
  clientErrors: RequestLimit;
}

export function createAccessLimits(options: { redis: Redis | null; signInFailuresPerAddress: number }): AccessLimits {
  const { redis } = options;
  return {
    // A person mistypes a few times; a guesser does not stop. After 5 failures one try per 30
    // seconds, after 10 the account waits 15 minutes — even the right password, so a guesser
    // learns nothing from the lock. A success forgets the account's failures.
    signInAccount: new FailureLimit({
      name: "sign-in-account",
      failures: 10,
      windowSeconds: 15 * 60,
      lockSeconds: 15 * 60,
      slowAfter: 5,
      pauseSeconds: 30,
      forgetOnSuccess: true,
      redis,
    }),
    // Successes never count here and never reset it: otherwise one valid account would let a
    // guesser wipe the count between guesses at the others.
    signInAddress: new FailureLimit({
      name: "sign-in-address",
      failures: options.signInFailuresPerAddress,
      windowSeconds: 60 * 60,
      lockSeconds: 60 * 60,
      redis,
    }),
    setup: new FailureLimit({ name: "setup", failures: 10, windowSeconds: 15 * 60, lockSeconds: 15 * 60, redis }),
    // A code is 8 characters, and each one burns after 5 wrong guesses at its secret half.
    joinCode: new FailureLimit({
      name: "join-code",
      failures: 20,
      windowSeconds: 10 * 60,
      lockSeconds: 10 * 60,
      redis,
    }),
    joinLink: new FailureLimit({
      name: "join-link",
      failures: 20,
      windowSeconds: 10 * 60,
      lockSeconds: 10 * 60,
      redis,
    }),
    // A broken page reports once per part and per try; a tablet that keeps failing reports a few
    // dozen times an hour. More than that from one address only fills the log.
    clientErrors: new RequestLimit({ name: "client-errors", requests: 30, windowSeconds: 10 * 60, redis }),
  };
}
