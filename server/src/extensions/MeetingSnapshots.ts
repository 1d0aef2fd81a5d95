import type { Extension, onStoreDocumentPayload } from "@hocuspocus/server";
import { type MeetingId, parseDocumentName } from "@samplan/shared/vocabulary";
import { StoreQueue } from "../collaboration/StoreQueue.ts";
import type { Logger } from "../logger.ts";

export interface MeetingSnapshotsConfiguration {
  /** Takes a version of the meeting if one is due (MeetingRecord.snapshotIfDue). */
  snapshotIfDue: (meetingId: MeetingId, everyMs: number) => Promise<unknown>;
  /** At most one version this often while a meeting runs; SAMPLAN_SNAPSHOT_MINUTES. */
  everyMs: number;
  log: Logger;
  /** Shared with DocumentPersistence: one store at a time, a turn of the event loop apart (StoreQueue). */
  stores?: StoreQueue;
}

/**
 * While a meeting runs, a version of its plan every so often, so the history shows how the plan
 * grew and not only how it ended. Taken when Hocuspocus stores the document, from storage (its
 * snapshot and the log after it), which holds every acknowledged edit whether or not
 * DocumentPersistence has just folded the log.
 */
export class MeetingSnapshots implements Extension {
  extensionName = "MeetingSnapshots";
  // After DocumentPersistence (100): onStoreDocument hooks run one after the other by priority,
  // and the version is taken from the document as it was just stored.
  priority = 90;

  private readonly configuration: MeetingSnapshotsConfiguration;
  private readonly stores: StoreQueue;

  constructor(configuration: MeetingSnapshotsConfiguration) {
    this.configuration = configuration;
    this.stores = configuration.stores ?? new StoreQueue();
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    const document = parseDocumentName(documentName);
    if (document?.kind !== "plan") return;
    // A failed snapshot costs a version in the history, never the store itself. Taking one renders
    // the minutes: among many meetings stored at once, it waits for its turn like a compaction.
    await this.stores
      .run(() => this.configuration.snapshotIfDue(document.meetingId, this.configuration.everyMs))
      .catch((error: unknown) => {
        this.configuration.log.error({ err: error, documentName }, "could not take a snapshot of the meeting");
      });
  }
}
