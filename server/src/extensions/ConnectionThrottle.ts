import type { Extension, onUpgradePayload } from "@hocuspocus/server";
import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiter } from "../auth/rateLimiterStore.ts";
import type { Logger } from "../logger.ts";
import { clientAddress } from "../network/clientAddress.ts";
import type { TrustProxy } from "../network/TrustProxy.ts";

/**
 * Bounds websocket connection attempts per address, before any message is read. Hocuspocus's own
 * Throttle extension keys on X-Forwarded-For alone, which puts every client without a proxy in
 * one bucket; this one uses the client's address as clientAddress resolves it (SAMPLAN_TRUST_PROXY).
 * With Redis, every instance counts into one count: a flood spread over a load balancer's
 * instances gets the limit once, not once per instance.
 */
export class ConnectionThrottle implements Extension {
  extensionName = "ConnectionThrottle";
  // Before WebsocketPath and everything else: a flood should cost as little as possible.
  priority = 2000;
  private readonly limiter: RateLimiterAbstract;
  private readonly trustProxy: TrustProxy;
  private readonly log: Logger;

  constructor(options: { perMinute: number; trustProxy: TrustProxy; redis?: Redis | null; log: Logger }) {
    this.limiter = rateLimiter(options.redis, "connections", options.perMinute, 60);
    this.trustProxy = options.trustProxy;
    this.log = options.log;
  }

  async onUpgrade({ request, socket }: onUpgradePayload): Promise<void> {
    const address = clientAddress(request, this.trustProxy);
    let retryAfterSeconds: number;
    try {
      await this.limiter.consume(address, 1);
      return;
    } catch (refusal) {
      // Anything but a refusal (Redis and its insurance both failing) is not the client's doing.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
    this.log.warn({ reason: "connection-rate" }, "refused a websocket connection attempt");
    socket.end(
      `HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: ${retryAfterSeconds}\r\nContent-Length: 0\r\n\r\n`,
    );
    // Rejecting without an error stops Hocuspocus from upgrading the connection.
    return Promise.reject();
  }
}
