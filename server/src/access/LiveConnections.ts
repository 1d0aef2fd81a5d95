import type { Hocuspocus } from "@hocuspocus/server";
import type { ConnectionContext } from "../extensions/Authentication.ts";

/**
 * Closes live websocket connections whose access was just taken away (a revoked invitation, a
 * removed member, withdrawn consent), so the change takes effect at once rather than at the next
 * reconnect; the reconnect is then refused by the Authentication extension.
 */
export class LiveConnections {
  private hocuspocus: Hocuspocus | undefined;

  attach(hocuspocus: Hocuspocus): void {
    this.hocuspocus = hocuspocus;
  }

  close(matches: (context: ConnectionContext) => boolean): number {
    let closed = 0;
    for (const document of this.hocuspocus?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        const context = connection.context as ConnectionContext | undefined;
        if (context?.memberId && matches(context)) {
          // Close the socket itself, not just this document's connection: the provider then
          // reconnects, and the Authentication extension tells it exactly why it may not.
          connection.webSocket.close(4403, "access-withdrawn");
          closed++;
        }
      }
    }
    return closed;
  }
}
