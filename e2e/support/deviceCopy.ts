import type { Page } from "@playwright/test";

/**
 * What a person who picks up the tablet could read of the plans kept on it: every record in every
 * database Samplan keeps there (named "samplan:…"), searched byte by byte for each of `words` as
 * UTF-8, the way Yjs writes text. Returns the words found, and how many records there were, so a
 * test can tell "sealed" from "nothing kept at all".
 */
export function readableOnTheDevice(page: Page, words: string[]): Promise<{ records: number; found: string[] }> {
  return page.evaluate(async (words) => {
    const found = new Set<string>();
    let records = 0;
    const bytesOf = (value: unknown): Uint8Array[] => {
      if (value instanceof Uint8Array) return [value];
      if (value instanceof ArrayBuffer) return [new Uint8Array(value)];
      if (typeof value === "string") return [new TextEncoder().encode(value)];
      if (Array.isArray(value)) return value.flatMap(bytesOf);
      if (value && typeof value === "object") return Object.values(value).flatMap(bytesOf);
      return [];
    };
    const contains = (haystack: Uint8Array, needle: Uint8Array) =>
      haystack.some((_, at) => needle.every((byte, i) => haystack[at + i] === byte));
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith("samplan:")) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        records += values.length;
        for (const chunk of values.flatMap(bytesOf)) {
          for (const word of words) if (contains(chunk, new TextEncoder().encode(word))) found.add(word);
        }
      }
      db.close();
    }
    return { records, found: [...found] };
  }, words);
}

/**
 * Whether the plan kept on the device, opened with the key this tab was given for its session,
 * holds `words`: proof that what was written is kept (sealed), not left out. It reads the record
 * as the client writes it ({ iv, data }, AES-GCM; client/src/features/meeting/encryptedDeviceCopy.ts).
 */
export function keptUnderTheSessionKey(page: Page, words: string): Promise<boolean> {
  return page.evaluate(async (words) => {
    const kept = JSON.parse(sessionStorage.getItem("samplan:device-key") ?? "null") as { key: string } | null;
    if (!kept) return false;
    const raw = Uint8Array.from(atob(kept.key.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    const key = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
    const needle = new TextEncoder().encode(words);
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith("samplan:")) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      const stores = Array.from(db.objectStoreNames);
      const records = stores.length
        ? await new Promise<{ iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> }[]>((resolve, reject) => {
            const all = db
              .transaction(stores)
              .objectStore(stores[0] as string)
              .getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          })
        : [];
      db.close();
      for (const { iv, data } of records) {
        const plain = new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, data));
        if (plain.some((_, at) => needle.every((byte, i) => plain[at + i] === byte))) return true;
      }
    }
    return false;
  }, words);
}
