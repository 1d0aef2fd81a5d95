import type { Connection, Hocuspocus } from "@hocuspocus/server";
import { type AccessChange, affects, CLOSE_FOR } from "./AccessChange.ts";
import type { ConnectionContext } from "./ConnectionContext.ts";

/** Carries a change to the other instances; resolves once they have applied it (or gave up waiting). */
export interface AccessChangeRelay {
  publish(change: AccessChange): Promise<void>;
}

/** A connection's context once AccessGuard has stamped it. */
export type GuardedContext = Partial<ConnectionContext> & { accessStamp?: number };

/** Something this instance may have missed: every connection re-authenticates. */
const UNKNOWN = "unknown" as const;
type Recorded = AccessChange | typeof UNKNOWN;

// Enough to cover every connection that is between being stamped and being let in (milliseconds);
// a connection stamped before the oldest kept change is treated as affected, which costs a reconnect.
const KEPT_CHANGES = 1_000;

/**
 * Acts on changes of access on the live connections of this instance, and passes them to the
 * others, so a change takes effect at once wherever the person is connected rather than at their
 * next reconnect (which the Authentication extension then refuses or downgrades).
 *
 * Each change applied here gets the next number of this instance's sequence. A connection is
 * stamped with the sequence before it is authorised (AccessGuard); AccessGuard then compares the
 * stamp with the changes since, before the connection is let in and before every message it sends,
 * which catches a connection that was being authorised while a change swept past it, and a message
 * already on its way when the socket was closed. Numbers are per instance: a connection is
 * stamped and checked on the same one.
 */
export class LiveConnections {
  private hocuspocus: Hocuspocus | undefined;
  private relay: AccessChangeRelay | null = null;
  private sequence = 0;
  private readonly recent: { sequence: number; change: Recorded }[] = [];

  /** Without a relay (the embedded single instance) changes are applied here only. */
  attach(hocuspocus: Hocuspocus, relay: AccessChangeRelay | null = null): void {
    this.hocuspocus = hocuspocus;
    this.relay = relay;
  }

  /**
   * Applies a change here and publishes it to every instance; resolves once they have applied it,
   * so a route answers only when the change holds everywhere.
   */
  async change(change: AccessChange): Promise<number> {
    const closed = this.apply(change);
    await this.relay?.publish(change);
    return closed;
  }

  /** Closes (or downgrades and closes) this instance's connections in the change's scope. */
  apply(change: AccessChange): number {
    this.record(change);
    return this.closeWhere((context) => affects(change.scope, context), change);
  }

  /**
   * Changes may have been missed (the relay lost its connection to Redis): nobody connected here is
   * known to still be allowed, so everyone re-authenticates.
   */
  applyUnknown(): number {
    this.record(UNKNOWN);
    return this.closeWhere(() => true, UNKNOWN);
  }

  /** The sequence now: what a connection about to be authorised is stamped with. */
  stamp(): number {
    return this.sequence;
  }

  /**
   * The latest change since the connection's stamp that concerns it, or null. A connection found
   * unaffected is stamped afresh, so its next message costs one comparison.
   */
  changeSince(context: GuardedContext): Recorded | null {
    const stamp = context.accessStamp;
    if (stamp === undefined || stamp === this.sequence || !context.memberId) return null;
    const oldest = this.recent[0];
    if (!oldest || oldest.sequence > stamp + 1) return UNKNOWN;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const entry = this.recent[i] as { sequence: number; change: Recorded };
      if (entry.sequence <= stamp) break;
      if (entry.change === UNKNOWN || affects(entry.change.scope, context as ConnectionContext)) return entry.change;
    }
    context.accessStamp = this.sequence;
    return null;
  }

  /** Ends one connection for a change: nothing more of it is applied, and its socket closes. */
  end(connection: Connection, change: Recorded): void {
    const effect = change === UNKNOWN ? "reconnect" : change.effect;
    connection.readOnly = true;
    // Close the socket itself, not just this document's connection: the provider then reconnects,
    // and the Authentication extension tells it exactly why it may not, or what it may now do.
    connection.webSocket.close(CLOSE_FOR[effect].code, CLOSE_FOR[effect].reason);
  }

  private record(change: Recorded): void {
    this.sequence++;
    this.recent.push({ sequence: this.sequence, change });
    if (this.recent.length > KEPT_CHANGES) this.recent.shift();
  }

  private closeWhere(matches: (context: ConnectionContext) => boolean, change: Recorded): number {
    let closed = 0;
    for (const document of this.hocuspocus?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        const context = connection.context as ConnectionContext | undefined;
        if (context?.memberId && matches(context)) {
          this.end(connection, change);
          closed++;
        }
      }
    }
    return closed;
  }
}
