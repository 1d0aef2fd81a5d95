import type {
  beforeUnloadDocumentPayload,
  Extension,
  Hocuspocus,
  onConfigurePayload,
  onDisconnectPayload,
} from "@hocuspocus/server";

/**
 * Keeps a meeting document in memory for a while after the last participant leaves, so a
 * reload or a dropped connection comes back to it without a trip to the database; then lets it
 * go, so memory returns to its baseline after meetings end. On shutdown, nothing waits.
 */
export class UnloadDelay implements Extension {
  extensionName = "UnloadDelay";
  private readonly delayMs: number;
  private readonly lastLeft = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private instance: Hocuspocus | undefined;
  private shuttingDown = false;

  constructor(delayMs: number) {
    this.delayMs = delayMs;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async onDisconnect({ documentName, clientsCount }: onDisconnectPayload): Promise<void> {
    if (clientsCount === 0) this.lastLeft.set(documentName, Date.now());
  }

  async beforeUnloadDocument({ documentName, document }: beforeUnloadDocumentPayload): Promise<void> {
    if (this.shuttingDown || this.delayMs === 0) return this.forget(documentName);
    const remaining = (this.lastLeft.get(documentName) ?? 0) + this.delayMs - Date.now();
    if (remaining <= 0) return this.forget(documentName);
    clearTimeout(this.timers.get(documentName));
    this.timers.set(
      documentName,
      setTimeout(() => {
        this.timers.delete(documentName);
        // Hocuspocus checks again that nobody has come back before it unloads.
        void this.instance?.unloadDocument(document);
      }, remaining).unref(),
    );
    // Rejecting without an error is how a hook tells Hocuspocus "not now".
    return Promise.reject();
  }

  /** Lets every document go at once: the server is stopping. */
  releaseAll(): void {
    this.shuttingDown = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    // Documents already waiting with nobody connected would otherwise never be unloaded.
    for (const document of this.instance?.documents.values() ?? []) {
      if (document.getConnectionsCount() === 0) void this.instance?.unloadDocument(document);
    }
  }

  private forget(documentName: string): void {
    this.lastLeft.delete(documentName);
    clearTimeout(this.timers.get(documentName));
    this.timers.delete(documentName);
  }
}
