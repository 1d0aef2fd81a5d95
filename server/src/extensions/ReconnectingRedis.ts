import { type Configuration, Redis } from "@hocuspocus/extension-redis";
import type { onChangePayload } from "@hocuspocus/server";
import type { Logger } from "../logger.ts";

/**
 * Hocuspocus's Redis extension (several instances keep one document), made to catch up after
 * Redis was away. The extension relays an instance's changes as they happen, by pub/sub, which
 * keeps nothing: what either instance wrote while Redis was down never reaches the other, and
 * ioredis gives up on the publishes it queued after twenty retries (about ten seconds). Each
 * instance keeps serving its own participants meanwhile. When the subscriber is back (and has
 * subscribed again), every loaded document announces its state vector, as on loading; a peer
 * answers with what this instance lacks and asks for what it lacks itself, so both converge
 * without anyone typing or reloading (server/chaos/redisOutage.test.ts).
 */
export class ReconnectingRedis extends Redis {
  private readonly log: Logger;
  private away = false;

  constructor(configuration: Partial<Configuration> & { log: Logger }) {
    super(configuration);
    this.log = configuration.log;
    // Without a listener ioredis prints every failed reconnect; once per outage says enough.
    const noteAway = (error: Error) => {
      if (!this.away) this.log.warn({ err: error }, "Redis cannot be reached; each instance serves its own");
      this.away = true;
    };
    this.pub.on("error", noteAway);
    // The extension answers a peer's sync step with a publish it does not wait for. When Redis is
    // away longer than ioredis retries (about ten seconds), that publish fails, and a rejection
    // nobody handles ends the process (it did, in a 20 s outage of redisOutage.test.ts). Marked handled; a
    // caller who awaits the publish still gets the failure.
    const publish = this.pub.publish.bind(this.pub) as (...args: unknown[]) => Promise<number>;
    (this.pub as unknown as { publish: typeof publish }).publish = (...args) => {
      const sent = publish(...args);
      sent.catch(() => {});
      return sent;
    };
    this.sub.on("error", noteAway);
    this.sub.on("ready", () => {
      // ioredis subscribes again right after "ready": announce once that has been sent.
      setImmediate(() => this.announceAll());
    });
  }

  private announceAll(): void {
    if (!this.instance) return;
    const documents = [...this.instance.documents.values()];
    if (this.away)
      this.log.info({ documents: documents.length }, "Redis is back; catching up with the other instances");
    this.away = false;
    for (const document of documents) {
      // The same coalesced SyncStep1 a local change publishes.
      void this.onChange({
        documentName: document.name,
        document,
        transactionOrigin: { source: "local" },
      } as onChangePayload);
    }
  }
}
