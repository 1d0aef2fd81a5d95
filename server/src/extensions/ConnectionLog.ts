import type { connectedPayload, Extension, onDisconnectPayload } from "@hocuspocus/server";
import type { Logger } from "../logger.ts";

/** One log line when a connection joins or leaves a document: ids and counts, no content. */
export class ConnectionLog implements Extension {
  extensionName = "ConnectionLog";

  private readonly log: Logger;

  constructor(log: Logger) {
    this.log = log;
  }

  async connected({ documentName, socketId }: connectedPayload): Promise<void> {
    this.log.info({ socketId, documentName }, "joined document");
  }

  async onDisconnect({ documentName, socketId, clientsCount }: onDisconnectPayload): Promise<void> {
    this.log.info({ socketId, documentName, clientsCount }, "left document");
  }
}
