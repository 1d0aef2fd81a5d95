import type {
  afterLoadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { Logger } from "../logger.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";

/**
 * Loads a meeting document from storage, appends every update as the server applies it, and
 * compacts when Hocuspocus stores the document (debounced after edits, and when the last
 * participant leaves).
 */
export class DocumentPersistence implements Extension {
  extensionName = "DocumentPersistence";

  private readonly store: DocumentStore;
  private readonly log: Logger;

  constructor(store: DocumentStore, log: Logger) {
    this.store = store;
    this.log = log;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const updates = this.store.load(documentName);
    if (updates.length > 0) Y.applyUpdate(document, Y.mergeUpdates(updates));
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    // Yjs emits "update" synchronously inside the transaction that applied a client's message,
    // before Hocuspocus sends the acknowledgement; appending here (synchronously) is what makes
    // an acknowledged edit durable. Registered after loading, so the loaded state is not re-appended.
    document.on("update", (update: Uint8Array) => {
      try {
        this.store.append(documentName, update);
      } catch (error) {
        this.log.error({ err: error, documentName }, "could not append an update; the sender will resend it");
        throw error;
      }
    });
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const started = performance.now();
    this.store.compact(documentName, Y.encodeStateAsUpdate(document));
    this.log.debug({ documentName, ms: Math.round(performance.now() - started) }, "document compacted");
  }
}
