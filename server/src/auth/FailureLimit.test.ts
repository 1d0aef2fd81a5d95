import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { attemptAll, FailureLimit, TooManyAttempts } from "./FailureLimit.ts";

const clients: Redis[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
});

function redis(): Redis {
  const client = new Redis(inject("redisUrl"));
  clients.push(client);
  return client;
}

/** A fresh name per test, so tests sharing one Redis never share a count. */
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

async function outcome(limit: FailureLimit, key: string, result: "fail" | "succeed"): Promise<number | "ok"> {
  try {
    const attempt = await limit.attempt(key);
    await (result === "fail" ? attempt.failed() : attempt.succeeded());
    return "ok";
  } catch (error) {
    if (error instanceof TooManyAttempts) return 429;
    throw error;
  }
}

describe("FailureLimit", () => {
  it("never refuses successes, however many", async () => {
    const limit = new FailureLimit({ name: unique("t"), failures: 3, windowSeconds: 60, lockSeconds: 60 });
    const outcomes = [];
    for (let i = 0; i < 50; i++) outcomes.push(await outcome(limit, "10.0.0.1", "succeed"));
    expect(outcomes.every((o) => o === "ok")).toBe(true);
    // Failures still count, and the key is refused after them.
    for (let i = 0; i < 3; i++) expect(await outcome(limit, "10.0.0.1", "fail")).toBe("ok");
    expect(await outcome(limit, "10.0.0.1", "succeed")).toBe(429);
  });

  it("slows a key after some failures and then locks it, saying how long to wait", async () => {
    const limit = new FailureLimit({
      name: unique("t"),
      failures: 4,
      windowSeconds: 60,
      lockSeconds: 120,
      slowAfter: 2,
      pauseSeconds: 1,
    });
    expect(await outcome(limit, "karin", "fail")).toBe("ok");
    expect(await outcome(limit, "karin", "fail")).toBe("ok");
    // Slowed: one attempt per pause.
    expect(await outcome(limit, "karin", "fail")).toBe("ok");
    const paused = await limit.attempt("karin").catch((error) => error);
    expect(paused).toBeInstanceOf(TooManyAttempts);
    expect(paused.retryAfterSeconds).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await outcome(limit, "karin", "fail")).toBe("ok");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // Locked: even a right password waits, for lockSeconds.
    const locked = await limit.attempt("karin").catch((error) => error);
    expect(locked).toBeInstanceOf(TooManyAttempts);
    expect(locked.retryAfterSeconds).toBeGreaterThan(100);
  });

  it("forgets an account's failures when it succeeds, if asked to", async () => {
    const limit = new FailureLimit({
      name: unique("t"),
      failures: 3,
      windowSeconds: 60,
      lockSeconds: 60,
      forgetOnSuccess: true,
    });
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 2; i++) expect(await outcome(limit, "karin", "fail")).toBe("ok");
      expect(await outcome(limit, "karin", "succeed")).toBe("ok");
    }
  });

  it("leaves no mark on the other counts when one of them refuses", async () => {
    const account = new FailureLimit({ name: unique("a"), failures: 1, windowSeconds: 60, lockSeconds: 60 });
    const address = new FailureLimit({ name: unique("b"), failures: 2, windowSeconds: 60, lockSeconds: 60 });
    await (
      await attemptAll([
        [account, "karin"],
        [address, "10.0.0.1"],
      ])
    ).failed();
    for (let i = 0; i < 5; i++) {
      await expect(
        attemptAll([
          [account, "karin"],
          [address, "10.0.0.1"],
        ]),
      ).rejects.toBeInstanceOf(TooManyAttempts);
    }
    // The address has one failure, not six: another account from it is still let try.
    await (
      await attemptAll([
        [account, "ole"],
        [address, "10.0.0.1"],
      ])
    ).failed();
    await expect(
      attemptAll([
        [account, "per"],
        [address, "10.0.0.1"],
      ]),
    ).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("counts guesses sent in parallel before any is checked", async () => {
    const limit = new FailureLimit({ name: unique("t"), failures: 5, windowSeconds: 60, lockSeconds: 60 });
    const guesses = await Promise.allSettled(Array.from({ length: 40 }, () => limit.attempt("10.0.0.1")));
    expect(guesses.filter((guess) => guess.status === "fulfilled")).toHaveLength(5);
  });

  it("shares one count between instances through Redis, atomically", async () => {
    const name = unique("shared");
    const options = { name, failures: 5, windowSeconds: 60, lockSeconds: 60 };
    const first = new FailureLimit({ ...options, redis: redis() });
    const second = new FailureLimit({ ...options, redis: redis() });
    const guesses = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? first : second).attempt("10.0.0.1")),
    );
    const held = guesses.flatMap((guess) => (guess.status === "fulfilled" ? [guess.value] : []));
    expect(held).toHaveLength(5);
    for (const attempt of held) await attempt.failed();
    const refused = await second.attempt("10.0.0.1").catch((error) => error);
    expect(refused).toBeInstanceOf(TooManyAttempts);
    expect(refused.retryAfterSeconds).toBeGreaterThan(50);
    // Successes on one instance give their place back on the other's count too.
    const other = "10.0.0.2";
    for (let i = 0; i < 30; i++) await (await (i % 2 ? first : second).attempt(other)).succeeded();
    expect(await outcome(first, other, "fail")).toBe("ok");
  });
});
