import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import type { ConnectionStatus } from "./useConnectionStatus.ts";

/**
 * saved: the server has everything written here. sending: it is on its way. onDevice: there is no
 * connection, and what was written is kept on this device until there is.
 */
export type SaveStatus = "saved" | "sending" | "onDevice";

// An edit is acknowledged within milliseconds on a working connection; saying "Gemmer…" for
// every keystroke would flicker. Only an acknowledgement that takes longer is worth a word.
const SENDING_AFTER_MS = 1000;

export function useSaveStatus(provider: HocuspocusProvider, connection: ConnectionStatus): SaveStatus {
  const [unsynced, setUnsynced] = useState(provider.hasUnsyncedChanges);
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    const onChange = () => setUnsynced(provider.hasUnsyncedChanges);
    provider.on("unsyncedChanges", onChange);
    onChange();
    return () => {
      provider.off("unsyncedChanges", onChange);
    };
  }, [provider]);

  useEffect(() => {
    setSlow(false);
    if (!unsynced) return;
    const timer = setTimeout(() => setSlow(true), SENDING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [unsynced]);

  if (!unsynced) return "saved";
  if (connection !== "connected") return "onDevice";
  return slow ? "sending" : "saved";
}
