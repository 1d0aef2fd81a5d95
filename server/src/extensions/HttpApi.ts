import type { Extension, onRequestPayload } from "@hocuspocus/server";
import { getRequestListener } from "@hono/node-server";

/**
 * Serves plain HTTP requests (the API and the client) on the websocket's port, through
 * Hocuspocus's onRequest hook.
 */
export class HttpApi implements Extension {
  extensionName = "HttpApi";
  private readonly listener: ReturnType<typeof getRequestListener>;

  constructor(app: { fetch: (request: Request) => Response | Promise<Response> }) {
    this.listener = getRequestListener(app.fetch);
  }

  async onRequest({ request, response }: onRequestPayload): Promise<void> {
    await this.listener(request, response);
    // Rejecting without an error is Hocuspocus's signal that the request has been answered,
    // so it does not write its own default response after ours.
    return Promise.reject();
  }
}
