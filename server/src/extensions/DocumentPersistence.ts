import type {
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  beforeUnloadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import { StorageHealth } from "../collaboration/StorageHealth.ts";
import { StoreQueue } from "../collaboration/StoreQueue.ts";
import { documentUpdateIn } from "../collaboration/updateMessage.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../observability/Metrics.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";

/**
 * Loads a meeting document from storage, makes every update durable before the server applies
 * it, and compacts storage when Hocuspocus stores the document (debounced after edits, and when
 * the last participant leaves): when the last participant has left, or once the log has grown
 * long (COMPACT_AFTER updates), not after every pause in typing.
 *
 * A client's update is appended in beforeHandleMessage, which Hocuspocus awaits before it applies
 * the message and acknowledges it to the sender: an acknowledged edit survives a SIGKILL, on
 * SQLite and PostgreSQL alike. Changes the server makes itself (stamping the chair's clock) are
 * appended from Yjs's update event. Updates relayed from another instance through Redis are that
 * instance's to store.
 *
 * When an append fails (a full disk, a read-only data directory, a database away), the update is
 * held and tried again while its connection stays open: the participant sees it unacknowledged
 * ("Gemmer…"), and once storing works again it is stored and acknowledged, without a reconnect or
 * a restart. If the connection closes meanwhile, the update is dropped unapplied; the client still
 * has it and sends it again when it reconnects.
 */
export interface DocumentPersistenceConfiguration {
  store: DocumentStore;
  log: Logger;
  metrics?: Metrics;
  /** Whether the document's meeting still exists; a deleted case's document is not stored again. */
  stillExists?: (documentName: string) => Promise<boolean>;
  /** Shared with MeetingSnapshots: one store at a time, a turn of the event loop apart (StoreQueue). */
  stores?: StoreQueue;
  /** Logs storing failing once, and tells /readyz; one is made from `log` when not given. */
  health?: StorageHealth;
}

// An append that failed is tried again after 100 ms, then doubling up to 2 s: a database that
// restarts is caught at once, a full disk is not asked a hundred times a second.
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2_000;
// A log this long loads in about 3 ms; longer ones are left only by a server that was killed.
const COMPACT_ON_LOAD = 1_000;
// While people are in the meeting, the log is folded once it holds this many updates (100 s of
// steady typing). Compacting re-encodes the whole document: after every pause in typing (every
// 10 s at most) it cost more CPU than it saved, and the log is as durable as the snapshot, so a
// log of a few hundred updates costs nothing but a millisecond or two on the next load.
const COMPACT_AFTER = 500;

export class DocumentPersistence implements Extension {
  extensionName = "DocumentPersistence";
  // After Authentication (900), the access guards (800, 790) and Attribution (200) in
  // beforeHandleMessage: an update refused by any of them is never stored. Before MeetingSnapshots
  // (90) in onStoreDocument, so a version taken then reads a log just folded, when one was due.
  priority = 100;
  private readonly store: DocumentStore;
  private readonly log: Logger;
  private readonly metrics: Metrics | undefined;
  private readonly stillExists: (documentName: string) => Promise<boolean>;
  private readonly stores: StoreQueue;
  private readonly health: StorageHealth;
  /** Per loaded document, the updates this server appended since it last compacted it. */
  private readonly appended = new Map<string, number>();

  constructor(configuration: DocumentPersistenceConfiguration) {
    this.store = configuration.store;
    this.log = configuration.log;
    this.metrics = configuration.metrics;
    this.stillExists = configuration.stillExists ?? (async () => true);
    this.stores = configuration.stores ?? new StoreQueue();
    this.health = configuration.health ?? new StorageHealth({ log: configuration.log });
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const { skipped, logged } = await this.store.loadDoc(documentName, document);
    this.appended.set(documentName, logged);
    if (skipped > 0) this.log.error({ documentName, skipped }, "skipped stored updates Yjs could not read");
    // A long log means the last compaction never came (a killed server, a crash): folded now, the
    // next load of it, here or by the reminders and case pages, reads one snapshot.
    if (logged >= COMPACT_ON_LOAD) void this.compactLongLog(documentName);
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
    for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, MAX_RETRY_MS)) {
      try {
        await this.store.append(documentName, update);
        break;
      } catch (error) {
        // Hocuspocus then closes the connection unapplied; the client resends when it reconnects.
        if (!connection.document.hasConnection(connection)) throw error;
        this.health.failed(error);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
    this.health.stored();
    timer?.();
    this.countAppended(documentName);
  }

  private countAppended(documentName: string): void {
    this.appended.set(documentName, (this.appended.get(documentName) ?? 0) + 1);
  }

  private keepServerChanges(document: onLoadDocumentPayload["document"], documentName: string): void {
    document.on("update", (update: Uint8Array, origin: unknown) => {
      const source = (origin as { source?: string } | null)?.source;
      if (source === "connection" || source === "redis") return;
      this.countAppended(documentName);
      this.store.append(documentName, update).catch((error) => {
        this.log.error({ err: error, documentName }, "could not store a change the server made");
      });
    });
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    // Every update is in the log already: folding it waits until the meeting is left or the log is long.
    const left = document.getConnectionsCount() === 0;
    await this.compactInTurn(documentName, () => left || (this.appended.get(documentName) ?? 0) >= COMPACT_AFTER);
  }

  /**
   * Hocuspocus stores a document when its last participant leaves only if an edit is still waiting
   * to be stored; what is left in the log is folded here, as the document leaves memory (and as the
   * server shuts down, which waits for this).
   */
  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload): Promise<void> {
    try {
      await this.compactInTurn(documentName, () => (this.appended.get(documentName) ?? 0) > 0);
    } catch (error) {
      // The log is still whole; the next load folds it if it is long.
      this.log.warn({ err: error, documentName }, "could not compact a document leaving memory");
    }
  }

  private async compactInTurn(documentName: string, due: () => boolean): Promise<void> {
    // Meetings stored at the same moment are compacted one after the other, not in one go.
    await this.stores.run(async () => {
      // A deleted case's document may still be in memory for a moment; nothing of it is stored again.
      if (!(await this.stillExists(documentName))) {
        await this.store.remove([documentName]);
        return;
      }
      if (!due()) return;
      this.appended.set(documentName, 0);
      const started = performance.now();
      const { folded } = await this.store.compact(documentName);
      const seconds = (performance.now() - started) / 1000;
      this.metrics?.storeSeconds.observe(seconds);
      this.log.debug({ documentName, folded, ms: Math.round(seconds * 1000) }, "document compacted");
    });
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.appended.delete(documentName);
  }

  /** In its turn among the stores, as onStoreDocument; from storage, so nothing unstored is lost. */
  private async compactLongLog(documentName: string): Promise<void> {
    try {
      this.appended.set(documentName, 0);
      await this.stores.run(async () => {
        if (!(await this.stillExists(documentName))) return;
        const { folded } = await this.store.compact(documentName);
        this.log.debug({ documentName, folded }, "long log compacted on load");
      });
    } catch (error) {
      // The log is still whole; the next store compacts it.
      this.log.warn({ err: error, documentName }, "could not compact a long log on load");
    }
  }
}
