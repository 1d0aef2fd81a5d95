import type { Extension, onUpgradePayload } from "@hocuspocus/server";
import { RateLimiter } from "../auth/RateLimiter.ts";
import type { Logger } from "../logger.ts";
import { clientAddress } from "../network/clientAddress.ts";
import type { TrustProxy } from "../network/TrustProxy.ts";

/**
 * Bounds websocket connection attempts per address, before any message is read. Hocuspocus's own
 * Throttle extension keys on X-Forwarded-For alone, which puts every client without a proxy in
 * one bucket; this one uses the client's address as clientAddress resolves it (SAMPLAN_TRUST_PROXY).
 */
export class ConnectionThrottle implements Extension {
  extensionName = "ConnectionThrottle";
  // Before WebsocketPath and everything else: a flood should cost as little as possible.
  priority = 2000;
  private readonly limiter: RateLimiter;
  private readonly trustProxy: TrustProxy;
  private readonly log: Logger;

  constructor(options: { perMinute: number; trustProxy: TrustProxy; log: Logger }) {
    this.limiter = new RateLimiter(options.perMinute, 60_000);
    this.trustProxy = options.trustProxy;
    this.log = options.log;
  }

  async onUpgrade({ request, socket }: onUpgradePayload): Promise<void> {
    const address = clientAddress(request, this.trustProxy);
    if (this.limiter.tryAttempt(address)) return;
    this.log.warn({ reason: "connection-rate" }, "refused a websocket connection attempt");
    socket.end("HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: 60\r\nContent-Length: 0\r\n\r\n");
    // Rejecting without an error stops Hocuspocus from upgrading the connection.
    return Promise.reject();
  }
}
