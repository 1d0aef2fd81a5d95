import type { Extension, onUpgradePayload } from "@hocuspocus/server";

/** Accepts websocket upgrades on one path only, so nothing else on the port speaks websocket. */
export class WebsocketPath implements Extension {
  extensionName = "WebsocketPath";

  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  async onUpgrade({ request, socket }: onUpgradePayload): Promise<void> {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    if (pathname !== this.path) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      // Rejecting without an error stops Hocuspocus from upgrading the connection.
      return Promise.reject();
    }
  }
}
