import type { Connection } from "@hocuspocus/server";
import { type CaseId, type MeetingId, newId } from "@samplan/shared/vocabulary";
import { describe, expect, it } from "vitest";
import type { AccessChange } from "../access/AccessChange.ts";
import { type GuardedContext, LiveConnections } from "../access/LiveConnections.ts";
import { createLogger } from "../logger.ts";
import { AccessGuard } from "./AccessGuard.ts";

// Ids as a connection carries them; which ones does not matter here.
const CASE = newId<CaseId>();
const MEETING = newId<MeetingId>();

const log = createLogger("silent");

function person(memberId: string, invitationId: string | null = null): GuardedContext {
  return { caseId: CASE, meetingId: MEETING, memberId, invitationId, accountId: null };
}

/** A connection as far as the guard touches it: its context, its read-only flag and its socket. */
function fakeConnection(context: GuardedContext) {
  const closes: { code: number; reason: string }[] = [];
  const connection = {
    context,
    readOnly: false,
    webSocket: { close: (code: number, reason: string) => closes.push({ code, reason }) },
  };
  return { connection: connection as unknown as Connection, closes };
}

/** The guard stamps the context before authentication, as Hocuspocus merges onConnect's answer into it. */
async function stamped(guard: AccessGuard, context: GuardedContext): Promise<GuardedContext> {
  Object.assign(context, await guard.onConnect({} as never));
  return context;
}

const revoked: AccessChange = { scope: { caseId: CASE, invitationId: "invitation-1" }, effect: "withdrawn" };

describe("AccessGuard (connected)", () => {
  it("closes a connection whose access was withdrawn while it was being let in", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-1", "invitation-1"));
    // The change sweeps past before the connection is registered with its document: nothing to close yet.
    expect(live.apply(revoked)).toBe(0);
    const { connection, closes } = fakeConnection(context);
    await guard.connected({ connection, context } as never);
    expect(closes).toEqual([{ code: 4403, reason: "access-withdrawn" }]);
    expect(connection.readOnly).toBe(true);
  });

  it("leaves alone a connection the change does not concern", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-2", "invitation-2"));
    live.apply(revoked);
    const { connection, closes } = fakeConnection(context);
    await guard.connected({ connection, context } as never);
    expect(closes).toEqual([]);
    expect(connection.readOnly).toBe(false);
  });
});

describe("AccessGuard (beforeHandleMessage)", () => {
  it("refuses a message from a connection whose access changed after it was let in, and closes it", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-1"));
    const { connection, closes } = fakeConnection(context);
    await expect(guard.beforeHandleMessage({ connection, context } as never)).resolves.toBeUndefined();

    live.apply({ scope: { caseId: CASE, meetingId: MEETING }, effect: "read-only" });
    await expect(guard.beforeHandleMessage({ connection, context } as never)).rejects.toEqual({
      reason: "access-changed",
    });
    expect(closes).toEqual([{ code: 4409, reason: "access-changed" }]);
    expect(connection.readOnly).toBe(true);
  });

  it("lets a bystander's messages through, re-stamped so the next one costs one comparison", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-2", "invitation-2"));
    const { connection } = fakeConnection(context);
    live.apply(revoked);
    live.apply({ scope: { caseId: "case-2" }, effect: "withdrawn" });
    await expect(guard.beforeHandleMessage({ connection, context } as never)).resolves.toBeUndefined();
    expect(context.accessStamp).toBe(live.stamp());
  });

  it("refuses everyone stamped before changes this instance may have missed", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-2"));
    const { connection, closes } = fakeConnection(context);
    live.applyUnknown();
    await expect(guard.beforeHandleMessage({ connection, context } as never)).rejects.toEqual({
      reason: "access-changed",
    });
    expect(closes).toEqual([{ code: 4409, reason: "access-changed" }]);
  });

  it("refuses a connection stamped before the oldest change it still remembers", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    const context = await stamped(guard, person("member-2"));
    const { connection } = fakeConnection(context);
    for (let i = 0; i < 1_001; i++) live.apply({ scope: { caseId: `other-${i}` }, effect: "withdrawn" });
    await expect(guard.beforeHandleMessage({ connection, context } as never)).rejects.toEqual({
      reason: "access-changed",
    });
  });

  it("ignores a connection it never stamped (the server's own)", async () => {
    const live = new LiveConnections();
    const guard = new AccessGuard({ live, log });
    live.applyUnknown();
    const context = person("member-1");
    const { connection } = fakeConnection(context);
    await expect(guard.beforeHandleMessage({ connection, context } as never)).resolves.toBeUndefined();
  });
});
