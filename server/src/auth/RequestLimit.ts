import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { TooManyAttempts } from "./FailureLimit.ts";
import { rateLimiter } from "./rateLimiterStore.ts";

/**
 * Counts every request per key, not only failures: for something anyone may send without a
 * credential to guess (a browser's report of a page that failed to draw), where the only harm is
 * in the number. Refused the same way as the failure limits: TooManyAttempts, a 429 with Retry-After.
 */
export class RequestLimit {
  private readonly count: RateLimiterAbstract;

  constructor(options: { name: string; requests: number; windowSeconds: number; redis?: Redis | null }) {
    this.count = rateLimiter(options.redis, `${options.name}:requests`, options.requests, options.windowSeconds);
  }

  async take(key: string): Promise<void> {
    try {
      await this.count.consume(key, 1);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new TooManyAttempts(refusal.msBeforeNext / 1000);
      throw refusal;
    }
  }
}
