import { useSyncExternalStore } from "react";
import { newVersion } from "../serviceWorker.ts";

/** Whether a new version of the app is waiting for her to take it (see serviceWorker.ts). */
export function useNewVersion(): boolean {
  return useSyncExternalStore(newVersion.subscribe, newVersion.isWaiting);
}
