import {
  type afterUnloadDocumentPayload,
  type beforeHandleAwarenessPayload,
  type Connection,
  type Document,
  type Extension,
  MessageType,
  type onAwarenessUpdatePayload,
} from "@hocuspocus/server";
import * as encoding from "lib0/encoding";
import type { ConnectionContext } from "../access/ConnectionContext.ts";

/**
 * What others see of a participant in awareness — the presence bar, a caret, a raised hand — is
 * the server's to vouch for, since every client relays it:
 *
 * - A client changes only its own state: the awareness client ids its own connection brought.
 *   An entry for an id that is someone else's (present now, or held by another connection) is
 *   dropped from the update before it is applied or relayed.
 * - The name and role come from the roster, not from what a client claims: the server rewrites
 *   them, and adds the roster id, in every state it relays.
 * - A hand (`hand: { raisedAt }`) goes up at the server's time: the time a client sends is
 *   replaced by the moment the server first saw the hand raised, and kept until it is lowered,
 *   so nobody can move ahead in the queue. That time is sent back to the raiser's own client
 *   too, so the coordinator taking the hand (which names that time) lowers it there.
 */
export class PresenceIdentity implements Extension {
  extensionName = "PresenceIdentity";

  private readonly now: () => number;
  /** Per document, per awareness client id with its hand up: since when, and whose hand it is. */
  private readonly hands = new Map<string, Map<number, { memberId: string; raisedAt: number }>>();
  /** Client ids whose own client has yet to hear the time the server gave their hand. */
  private readonly untold = new WeakMap<Connection, Set<number>>();

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  async beforeHandleAwareness({
    states,
    context,
    connection,
    document,
    documentName,
  }: beforeHandleAwarenessPayload): Promise<void> {
    const identity = context as ConnectionContext | undefined;
    if (!identity?.memberId || !connection) return;
    for (const [clientId, state] of states) {
      if (belongsToAnother(document, connection, clientId)) {
        states.delete(clientId);
        continue;
      }
      const user = state.user;
      if (user && typeof user === "object") {
        state.user = { ...user, name: identity.name, role: identity.role, memberId: identity.memberId };
      }
      this.stampHand(documentName, connection, identity, clientId, state);
    }
  }

  /** Once the update is applied: tells a raiser's own client the time its hand was given. */
  async onAwarenessUpdate({ connection, document, added, updated }: onAwarenessUpdatePayload): Promise<void> {
    const untold = connection ? this.untold.get(connection) : undefined;
    if (!connection || !untold || untold.size === 0) return;
    for (const clientId of [...added, ...updated]) {
      if (untold.delete(clientId)) tellOwnState(connection, document, clientId);
    }
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.hands.delete(documentName);
  }

  private stampHand(
    documentName: string,
    connection: Connection,
    identity: ConnectionContext,
    clientId: number,
    state: Record<string, unknown>,
  ): void {
    const hands = this.hands.get(documentName) ?? new Map<number, { memberId: string; raisedAt: number }>();
    this.hands.set(documentName, hands);
    const hand = state.hand;
    if (!hand || typeof hand !== "object") {
      hands.delete(clientId);
      if ("hand" in state) state.hand = null;
      return;
    }
    // The same person's hand keeps its time across updates and a reconnect under the same client
    // id; a hand that was someone else's under this id does not pass on its place in the queue.
    const earlier = hands.get(clientId);
    const raisedAt = earlier?.memberId === identity.memberId ? earlier.raisedAt : this.now();
    hands.set(clientId, { memberId: identity.memberId, raisedAt });
    if ((hand as { raisedAt?: unknown }).raisedAt !== raisedAt) {
      const untold = this.untold.get(connection) ?? new Set<number>();
      untold.add(clientId);
      this.untold.set(connection, untold);
    }
    state.hand = { raisedAt };
  }
}

/**
 * Whether an awareness client id is someone else's: its state is in the document now and this
 * connection did not bring it (another participant's, or another instance's), or another
 * connection holds it (its state timed out, its connection has not).
 */
function belongsToAnother(document: Document, connection: Connection, clientId: number): boolean {
  if (document.getClients(connection).has(clientId)) return false;
  if (document.awareness.getStates().has(clientId)) return true;
  return document.getConnections().some((other) => other !== connection && document.getClients(other).has(clientId));
}

/**
 * Sends one client its own state as the server holds it, one clock ahead of the server's copy, so
 * the client takes it (y-protocols applies a state only with a newer clock) while the client's
 * next update, one ahead of that, still reaches the server as newer than what it has.
 */
function tellOwnState(connection: Connection, document: Document, clientId: number): void {
  const state = document.awareness.getStates().get(clientId);
  const clock = document.awareness.meta.get(clientId)?.clock;
  if (!state || clock === undefined) return;
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock + 1);
  encoding.writeVarString(update, JSON.stringify(state));
  const message = encoding.createEncoder();
  encoding.writeVarString(message, connection.messageAddress);
  encoding.writeVarUint(message, MessageType.Awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  connection.send(encoding.toUint8Array(message));
}
