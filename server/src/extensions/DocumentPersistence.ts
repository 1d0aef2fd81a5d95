import {
  type beforeHandleMessagePayload,
  type Extension,
  MessageType,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../observability/Metrics.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";

// y-protocols' sync message types.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Loads a meeting document from storage, makes every update durable before the server applies
 * it, and compacts storage when Hocuspocus stores the document (debounced after edits, and when
 * the last participant leaves).
 *
 * A client's update is appended in beforeHandleMessage, which Hocuspocus awaits before it applies
 * the message and acknowledges it to the sender: an acknowledged edit survives a SIGKILL, on
 * SQLite and PostgreSQL alike. Changes the server makes itself (stamping the chair's clock) are
 * appended from Yjs's update event. Updates relayed from another instance through Redis are that
 * instance's to store.
 */
export class DocumentPersistence implements Extension {
  extensionName = "DocumentPersistence";
  private readonly store: DocumentStore;
  private readonly log: Logger;
  private readonly metrics: Metrics | undefined;
  private readonly stillExists: (documentName: string) => Promise<boolean>;
  private readonly afterCompaction: (documentName: string) => Promise<unknown>;

  constructor(
    store: DocumentStore,
    log: Logger,
    metrics?: Metrics,
    stillExists: (documentName: string) => Promise<boolean> = async () => true,
    afterCompaction: (documentName: string) => Promise<unknown> = async () => {},
  ) {
    this.store = store;
    this.log = log;
    this.metrics = metrics;
    this.stillExists = stillExists;
    this.afterCompaction = afterCompaction;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const { skipped } = await this.store.loadDoc(documentName, document);
    if (skipped > 0) this.log.error({ documentName, skipped }, "skipped stored updates Yjs could not read");
    // From here, not from afterLoadDocument: what other extensions change as the document is
    // loaded (Attribution putting a stored forged claim right) is stored as well.
    this.keepServerChanges(document, documentName);
  }

  async beforeHandleMessage({ connection, documentName, update: message }: beforeHandleMessagePayload): Promise<void> {
    // A read-only connection's updates are dropped by Hocuspocus; nothing to keep.
    if (connection.readOnly) return;
    const update = documentUpdateIn(message);
    if (!update) return;
    const timer = this.metrics?.appendSeconds.startTimer();
    await this.store.append(documentName, update);
    timer?.();
  }

  private keepServerChanges(document: onLoadDocumentPayload["document"], documentName: string): void {
    document.on("update", (update: Uint8Array, origin: unknown) => {
      const source = (origin as { source?: string } | null)?.source;
      if (source === "connection" || source === "redis") return;
      this.store.append(documentName, update).catch((error) => {
        this.log.error({ err: error, documentName }, "could not store a change the server made");
      });
    });
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    // A deleted case's document may still be in memory for a moment; nothing of it is stored again.
    if (!(await this.stillExists(documentName))) {
      await this.store.remove([documentName]);
      return;
    }
    const started = performance.now();
    const { folded } = await this.store.compact(documentName);
    const seconds = (performance.now() - started) / 1000;
    this.metrics?.storeSeconds.observe(seconds);
    this.log.debug({ documentName, folded, ms: Math.round(seconds * 1000) }, "document compacted");
    await this.afterCompaction(documentName).catch((error) => {
      this.log.error({ err: error, documentName }, "could not take a snapshot of the meeting");
    });
  }
}

/**
 * The Yjs update a Hocuspocus message carries (sync step 2 or an update), or null for any other
 * message. Yjs must be able to read it: anything else is left for Hocuspocus to refuse, and
 * never stored.
 */
export function documentUpdateIn(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    const update = decoding.readVarUint8Array(decoder);
    Y.decodeUpdate(update);
    return update;
  } catch {
    return null;
  }
}
