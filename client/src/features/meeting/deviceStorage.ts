import { forgetDeviceKey } from "./deviceKey.ts";

/**
 * What Samplan keeps on this device so a meeting survives a dropped connection and a reload: each
 * meeting's document in IndexedDB, sealed with the session's key (encryptedDeviceCopy.ts), that key
 * in the tab's sessionStorage, and the app's own answers about the session and the meeting in the
 * service worker's cache. It is sensitive, so it goes when the person signs out or loses access: a
 * shared tablet must not carry one citizen's plan to the next person.
 */

const PREFIX = "samplan:";

/**
 * The IndexedDB name a meeting's document is kept under on this device, one per person: the server
 * ties what a device writes to who wrote it, so one person's unsent edits must never be sent later
 * under another's connection (a tablet handed from the coordinator to the citizen).
 */
export function localDocumentName(documentName: string, identity: string): string {
  return `${PREFIX}${documentName}:${identity}`;
}

/** Cache names of the service worker (see vite.config.ts) that hold answers from the API. */
export const API_CACHE = "samplan-api";

export async function forgetEverythingOnThisDevice(): Promise<void> {
  forgetDeviceKey();
  const work: Promise<unknown>[] = [];
  if (typeof indexedDB !== "undefined" && "databases" in indexedDB) {
    const databases = await indexedDB.databases().catch(() => []);
    for (const { name } of databases) {
      if (name?.startsWith(PREFIX)) work.push(forgetKeptPlan(name));
    }
  }
  if (typeof caches !== "undefined") work.push(caches.delete(API_CACHE).catch(() => false));
  await Promise.all(work);
}

/** Deletes one meeting's copy on this device, by its `localDocumentName`. */
export function forgetKeptPlan(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Blocked means another tab still has it open; it is deleted once that tab lets go.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
