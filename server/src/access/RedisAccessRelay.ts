import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Logger } from "../logger.ts";
import { AccessChange } from "./AccessChange.ts";
import type { AccessChangeRelay } from "./LiveConnections.ts";

const Envelope = z.object({ id: z.string(), from: z.string(), change: AccessChange });

export interface RedisAccessRelayOptions {
  /** Publishes changes and acknowledgements; may be shared with other plain commands. */
  publisher: Redis;
  /** A connection of its own: once subscribed, Redis lets it do nothing else. */
  subscriber: Redis;
  prefix: string;
  /** Applies a change another instance published, here. */
  apply: (change: AccessChange) => void;
  /** Changes may have been missed while the subscriber was disconnected. */
  applyUnknown: () => void;
  log: Logger;
  /** How long a change waits for the other instances to say they applied it before answering anyway. */
  ackTimeoutMs?: number;
}

/**
 * Publishes changes of access to every instance through Redis pub/sub, and applies theirs here.
 *
 * Each instance acknowledges a change once it has closed the connections it concerns, and
 * `publish` resolves when every instance that received it has, so an HTTP route that revokes
 * answers only once nobody anywhere is still connected by what it revoked. Redis pub/sub keeps
 * nothing for a subscriber that was away: after a reconnect this instance cannot know what it
 * missed, and every connection on it re-authenticates.
 */
export class RedisAccessRelay implements AccessChangeRelay {
  private readonly options: RedisAccessRelayOptions;
  private readonly instanceId = randomUUID();
  private readonly changes: string;
  private readonly acks: string;
  /** Per change published from here, what to do when an instance acknowledges it. */
  private readonly waiting = new Map<string, () => void>();
  private lostSubscription = false;

  constructor(options: RedisAccessRelayOptions) {
    this.options = options;
    this.changes = `${options.prefix}:access-changes`;
    this.acks = `${options.prefix}:access-acks:${this.instanceId}`;
  }

  /** Subscribes; resolves once changes published from now on reach this instance. */
  async start(): Promise<void> {
    const { subscriber, log } = this.options;
    subscriber.on("message", (channel: string, message: string) => this.receive(channel, message));
    subscriber.on("close", () => {
      this.lostSubscription = true;
    });
    subscriber.on("ready", () => {
      if (!this.lostSubscription) return;
      this.lostSubscription = false;
      // ioredis subscribes again by itself; subscribing once more resolves only when that holds,
      // and only then is it safe to make everyone re-authenticate.
      subscriber
        .subscribe(this.changes, this.acks)
        .then(() => {
          log.warn("lost the subscription to changes of access for a while: every connection re-authenticates");
          this.options.applyUnknown();
        })
        .catch((error: unknown) => log.error({ err: error }, "could not subscribe to changes of access again"));
    });
    await subscriber.subscribe(this.changes, this.acks);
  }

  async publish(change: AccessChange): Promise<void> {
    const { publisher, log, ackTimeoutMs = 2_000 } = this.options;
    const id = randomUUID();
    let acked = 0;
    let wake = () => {};
    this.waiting.set(id, () => {
      acked++;
      wake();
    });
    try {
      // Every instance's subscriber counts, this one's too: it ignores its own.
      const receivers = await publisher.publish(this.changes, JSON.stringify({ id, from: this.instanceId, change }));
      const expected = receivers - 1;
      const deadline = Date.now() + ackTimeoutMs;
      while (acked < expected) {
        const left = deadline - Date.now();
        if (left <= 0) {
          log.warn({ expected, acked }, "not every instance confirmed a change of access in time");
          return;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    } catch (error) {
      // Applied here already; the others re-authenticate everyone when their subscription returns.
      log.error({ err: error }, "could not publish a change of access to the other instances");
    } finally {
      this.waiting.delete(id);
    }
  }

  private receive(channel: string, message: string): void {
    const { publisher, log } = this.options;
    if (channel === this.acks) {
      this.waiting.get(message)?.();
      return;
    }
    if (channel !== this.changes) return;
    let envelope: z.infer<typeof Envelope>;
    try {
      envelope = Envelope.parse(JSON.parse(message));
    } catch (error) {
      log.error({ err: error }, "ignored a change of access that could not be read");
      return;
    }
    if (envelope.from === this.instanceId) return;
    this.options.apply(envelope.change);
    publisher
      .publish(`${this.options.prefix}:access-acks:${envelope.from}`, envelope.id)
      .catch((error: unknown) => log.error({ err: error }, "could not confirm a change of access"));
  }
}
