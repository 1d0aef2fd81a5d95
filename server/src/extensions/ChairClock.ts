import type { afterLoadDocumentPayload, Extension } from "@hocuspocus/server";
import { chairMap, type Round, readChairState, speakerKey } from "@samplan/shared/model";
import { parseDocumentName } from "@samplan/shared/vocabulary";
import type * as Y from "yjs";

const SERVER = "samplan:chair-clock";

/**
 * Stamps, with the server's clock, when the current phase began and when the current speaker got
 * the floor. Timers on every device count from these, so they agree across reconnects and across
 * devices whose own clocks do not.
 */
export class ChairClock implements Extension {
  extensionName = "ChairClock";
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (parseDocumentName(documentName)?.kind !== "chair") return;
    const chair = chairMap(document);
    chair.observe((event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin === SERVER) return;
      const stamps: Record<string, number> = {};
      if (event.keysChanged.has("currentPhaseId")) stamps.phaseStartedAt = this.now();
      if (
        event.keysChanged.has("round") &&
        speakerChanged(event.changes.keys.get("round")?.oldValue, readChairState(document).round)
      ) {
        stamps.speakerStartedAt = this.now();
      }
      // Nobody else sets the stamps: a client that tries gets its value replaced at once.
      for (const key of ["phaseStartedAt", "speakerStartedAt"]) {
        if (event.keysChanged.has(key) && !(key in stamps))
          stamps[key] = (event.changes.keys.get(key)?.oldValue as number) ?? null;
      }
      if (Object.keys(stamps).length === 0) return;
      document.transact(() => {
        for (const [key, value] of Object.entries(stamps)) chair.set(key, value);
      }, SERVER);
    });
  }
}

function speakerChanged(before: unknown, after: Round | null): boolean {
  const old = before as Partial<Round> | undefined;
  if (old?.active !== after?.active) return true;
  // The same person keeps their time when the order around them changes (a question brings back
  // someone who spoke, so the current index moves while the speaker does not).
  const was = old?.speakers?.[old.current ?? -1];
  const is = after?.speakers[after.current];
  if (was && is) return speakerKey(was) !== speakerKey(is);
  return old?.current !== after?.current;
}
