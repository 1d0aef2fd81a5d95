import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";

/**
 * A rate-limiter-flexible count: in this process's memory on one instance, in Redis when there is
 * one, so that several instances share one count rather than each allowing the limit.
 */
export function rateLimiter(
  redis: Redis | null | undefined,
  keyPrefix: string,
  points: number,
  durationSeconds: number,
  extra: { blockDuration?: number } = {},
): RateLimiterAbstract {
  const options = { keyPrefix: `samplan:limit:${keyPrefix}`, points, duration: durationSeconds, ...extra };
  if (!redis) return new RateLimiterMemory(options);
  // If Redis fails, each instance keeps counting on its own rather than letting everyone in.
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}
