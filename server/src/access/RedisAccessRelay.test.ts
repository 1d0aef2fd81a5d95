import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createLogger } from "../logger.ts";
import { waitFor } from "../testing/testServer.ts";
import type { AccessChange } from "./AccessChange.ts";
import { RedisAccessRelay } from "./RedisAccessRelay.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function client(): Redis {
  const redis = new Redis(inject("redisUrl"));
  cleanups.push(() => redis.disconnect());
  return redis;
}

/** One instance's relay on the shared Redis, recording what it is told to apply. */
async function instance(prefix: string, options: { applyDelayMs?: number } = {}) {
  const applied: AccessChange[] = [];
  let unknown = 0;
  const subscriber = client();
  const relay = new RedisAccessRelay({
    publisher: client(),
    subscriber,
    prefix,
    apply: (change) => {
      // A busy instance: the synchronous work of closing its connections takes a while.
      const until = Date.now() + (options.applyDelayMs ?? 0);
      while (Date.now() < until) {}
      applied.push(change);
    },
    applyUnknown: () => {
      unknown++;
    },
    log: createLogger("silent"),
    ackTimeoutMs: 1_000,
  });
  await relay.start();
  return { relay, applied, subscriber, unknown: () => unknown };
}

const change: AccessChange = { scope: { caseId: "case-1", invitationId: "invitation-1" }, effect: "withdrawn" };

describe("RedisAccessRelay", () => {
  it("applies a change on every other instance, and resolves only once they have", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = await instance(prefix);
    const b = await instance(prefix);
    const c = await instance(prefix);
    await a.relay.publish(change);
    // Not eventually: by the time publish resolves.
    expect(b.applied).toEqual([change]);
    expect(c.applied).toEqual([change]);
    // The publisher applies its own changes itself (LiveConnections does, before publishing).
    expect(a.applied).toEqual([]);
  });

  it("waits for a slow instance rather than answering before it has applied the change", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = await instance(prefix);
    const slow = await instance(prefix, { applyDelayMs: 200 });
    await a.relay.publish(change);
    expect(slow.applied).toEqual([change]);
  });

  it("ignores a message that is not a change", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = await instance(prefix);
    const b = await instance(prefix);
    await client().publish(
      `${prefix}:access-changes`,
      JSON.stringify({ id: "x", from: "y", change: { effect: "all" } }),
    );
    await client().publish(`${prefix}:access-changes`, "not json");
    await a.relay.publish(change);
    expect(b.applied).toEqual([change]);
  });

  it("makes everyone re-authenticate after its subscription was lost, since changes may have been missed", async () => {
    const prefix = `test-${randomUUID()}`;
    const b = await instance(prefix);
    expect(b.unknown()).toBe(0);
    b.subscriber.disconnect(true);
    await waitFor(() => b.unknown() === 1, 5_000, "the subscription to come back");
    // And it hears changes again.
    const a = await instance(prefix);
    await a.relay.publish(change);
    expect(b.applied).toEqual([change]);
  });
});
