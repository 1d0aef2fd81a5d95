import type { IncomingMessage } from "node:http";
import type { Extension, onUpgradePayload } from "@hocuspocus/server";

/** Where the resolved address travels from the upgrade to the later hooks. */
const HEADER = "x-samplan-client-address";

/**
 * Makes the client's address known to every websocket hook. Hocuspocus hands the later hooks
 * (onConnect, onAuthenticate) a web Request without the socket, built from the upgrade request's
 * headers; so the address is resolved once, at the upgrade, and written into those headers —
 * always, over anything a client sent under the same name, so it cannot be forged.
 */
export class ClientAddress implements Extension {
  extensionName = "ClientAddress";
  // First of all: every other hook may read it.
  priority = 1100;

  private readonly resolve: (request: IncomingMessage) => string;

  constructor(resolve: (request: IncomingMessage) => string) {
    this.resolve = resolve;
  }

  async onUpgrade({ request }: onUpgradePayload): Promise<void> {
    request.headers[HEADER] = this.resolve(request);
  }
}

/** The address ClientAddress resolved for this connection. */
export function clientAddressIn(headers: Headers): string {
  return headers.get(HEADER) ?? "unknown";
}
