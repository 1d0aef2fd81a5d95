import type { beforeHandleMessagePayload, connectedPayload, Extension, onConnectPayload } from "@hocuspocus/server";
import type { GuardedContext, LiveConnections } from "../access/LiveConnections.ts";
import type { Logger } from "../logger.ts";

/**
 * The second line behind LiveConnections' sweep: a connection whose access changed after it was
 * authorised is not let in, and no message of it is applied, stored or relayed, even if the sweep
 * missed it (it was still being authorised) or its message was already on the way.
 *
 * Cheap by design: the connection is stamped with this instance's change sequence before the
 * Authentication extension reads the database, and each message compares that stamp with the
 * sequence now. Only after a change does the comparison look further, at the few changes since.
 */
export class AccessGuard implements Extension {
  extensionName = "AccessGuard";
  // Before Attribution (200) and DocumentPersistence (100) in beforeHandleMessage: a refused
  // update is neither bound to an author nor stored. (onConnect hooks all run before any
  // onAuthenticate, so the stamp always precedes Authentication's reading of the database.)
  priority = 800;

  private readonly live: LiveConnections;
  private readonly log: Logger;

  constructor(configuration: { live: LiveConnections; log: Logger }) {
    this.live = configuration.live;
    this.log = configuration.log;
  }

  async onConnect(_payload: onConnectPayload): Promise<GuardedContext> {
    return { accessStamp: this.live.stamp() };
  }

  async connected({ connection, context, socketId }: connectedPayload): Promise<void> {
    const change = this.live.changeSince(context as GuardedContext);
    if (!change) return;
    this.log.info({ socketId }, "closed a connection whose access changed while it was being let in");
    this.live.end(connection, change);
  }

  async beforeHandleMessage({ connection, context, socketId }: beforeHandleMessagePayload): Promise<void> {
    const change = this.live.changeSince(context as GuardedContext);
    if (!change) return;
    this.log.info({ socketId }, "refused a message from a connection whose access changed");
    this.live.end(connection, change);
    // Thrown, Hocuspocus applies nothing of this message and drops the connection's queue.
    throw { reason: "access-changed" };
  }
}
